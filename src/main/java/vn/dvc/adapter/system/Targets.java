package vn.dvc.adapter.system;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The province's targets (domain.md §1, §6), its agencies and the national scoring's thresholds and
 * maxima (§8), under {@code adapter.targets}: configuration, because provinces reorganise. The agency
 * list is the tree over time (§7): an agency may have a validity period and a successor, so one list
 * holds the tree before a merger and the tree after it. An operator can pass a file of them with
 * {@code --spring.config.additional-location}.
 *
 * @param national per indicator id of domain.md §8 ("1.4", "2.1", …; in YAML {@code "[1.4]"}), its
 *                 threshold and maximum; an id left out keeps {@link NationalScore#DEFAULTS}
 */
@ConfigurationProperties("adapter.targets")
public record Targets(@DefaultValue Province province, @DefaultValue List<Agency> agencies,
                      Map<String, NationalScore> national) {

    public Targets(Province province, List<Agency> agencies) {
        this(province, agencies, null);
    }

    @ConstructorBinding
    public Targets {
        national = national == null ? Map.of() : Map.copyOf(national);
    }

    /** Province-wide targets, as shares between 0 and 1. */
    public record Province(@DefaultValue("0.50") double onlineShare, @DefaultValue("1.0") double integration,
                           @DefaultValue("1.0") double eauth, @DefaultValue("0.80") double onlineEligible,
                           @DefaultValue("1.0") double sync) {}

    /**
     * An agency that receives dossiers: a department ("sở, ban, ngành"), a district ("UBND huyện"), a
     * commune ("xã, phường") or any tier a province names.
     *
     * @param validFrom first day it exists (null: always did)
     * @param validTo   last day it exists (null: still does); after it, its dossiers count under {@code successor}
     * @param successor the code of the agency that took over its work, e.g. in a merger
     */
    public record Agency(String code, String name, @DefaultValue("department") String tier,
                         @DefaultValue("0.51") double onlineShare, LocalDate validFrom, LocalDate validTo,
                         String successor) {

        public Agency(String code, String name, String tier, double onlineShare) {
            this(code, name, tier, onlineShare, null, null, null);
        }

        @ConstructorBinding
        public Agency {
        }

        /** Whether the agency exists on that day. */
        public boolean validOn(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /**
     * A national indicator's threshold and maximum points (domain.md §8): the share at which the maximum
     * is reached, below which points are share × maximum ÷ threshold. An indicator DVCQG sets no threshold
     * for reaches its maximum at 100% ({@link #FULL}, set here once: the console, the HTML, JSON and CSV
     * reports and the scoring all read it from here). A null maximum is reported as unknown.
     */
    public record NationalScore(Double threshold, Double max) {

        /** The threshold of an indicator that has none of its own: all of it. */
        public static final double FULL = 1.0;

        public NationalScore {
            threshold = threshold == null ? FULL : threshold;
        }

        /** §8's table: thresholds and DVCQG's maxima; the split of groups 12 and 22 is our reading. */
        public static final Map<String, NationalScore> DEFAULTS = Map.ofEntries(
                Map.entry("1.4", new NationalScore(null, 6.0)),
                Map.entry("2.1", new NationalScore(null, 20.0)),
                Map.entry("3.1", new NationalScore(0.80, 6.0)),
                Map.entry("3.3", new NationalScore(0.50, 6.0)),
                Map.entry("3.6", new NationalScore(null, 10.0)),
                Map.entry("4.1", new NationalScore(null, 6.0)),
                Map.entry("4.2", new NationalScore(0.80, 4.0)),
                Map.entry("4.3", new NationalScore(0.80, 2.0)),
                Map.entry("4.4", new NationalScore(null, 2.0)),
                Map.entry("4.5", new NationalScore(null, 4.0)),
                Map.entry("5.4", new NationalScore(0.90, 6.0)));
    }

    /** The configured threshold and maximum of a national indicator, else §8's default. */
    public NationalScore national(String id) {
        NationalScore configured = national.get(id);
        return configured != null ? configured : NationalScore.DEFAULTS.getOrDefault(id, new NationalScore(null, null));
    }

    public Agency agency(String code) {
        return agencies.stream().filter(a -> a.code().equals(code)).findFirst().orElse(null);
    }
}
