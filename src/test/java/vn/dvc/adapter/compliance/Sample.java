package vn.dvc.adapter.compliance;

import static java.util.Map.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.dvc.adapter.compliance.NationalCounts.Count;
import vn.dvc.adapter.system.Targets;

/** A report built by hand, without a database, for the rendering tests. */
final class Sample {

    private Sample() {
    }

    /**
     * The province's national counts: 200 received, 180 synced, 60 online with an e-result; paper results
     * 100, 40 with a file (4.1 the biggest shortfall but 2.1); fees unknown to the catalogue (3.6 unknown).
     */
    static final NationalCounts NATIONAL = new NationalCounts(Map.ofEntries(
            entry(Count.RECEIVED, 200L), entry(Count.WITH_FACTS, 200L), entry(Count.SYNCED, 180L),
            entry(Count.ONLINE_SCORED, 60L), entry(Count.IN_PERSON, 120L), entry(Count.POSTAL, 20L),
            entry(Count.PAPER_KNOWN, 200L), entry(Count.PAPER, 100L), entry(Count.PAPER_WITH_FILE, 40L),
            entry(Count.DIGITISED, 150L), entry(Count.REUSED, 100L), entry(Count.FROM_STORE, 10L),
            entry(Count.POPULATION, 50L), entry(Count.DUE, 220L), entry(Count.ON_TIME, 200L),
            entry(Count.PROCEDURES, 400L), entry(Count.LEVEL34, 300L), entry(Count.TOAN_TRINH, 100L),
            entry(Count.ELIGIBLE_KNOWN, 200L), entry(Count.ELIGIBLE, 150L), entry(Count.ELIGIBLE_TOAN_TRINH, 90L)));

    static ComplianceReport report() {
        List<AgencyFigures> agencies = Ranking.rank(List.of(
                agency("000.00.01.H25", "Sở Tư pháp", "department", 0.51, 41, 80, 12, 10),
                agency("000.00.02.H25", "Sở Y tế", "department", 0.51, 20, 50, 6, 3),
                agency("000.00.03.H25", "Sở Thông tin và Truyền thông, \"Phòng\" <Bưu chính> & Viễn thông", "department",
                        0.51, 20, 50, 0, 0),
                agency("H25.01", "UBND huyện Lạc Sơn", "district", 0.51, 30, 40, 69, 69),
                agency("H25.02", "UBND huyện Mai Châu", "district", 0.51, 0, 0, 69, 60)));
        Counts total = agencies.stream().map(AgencyFigures::counts).reduce(Counts.ZERO, Counts::plus);
        ProvinceFigures province = new ProvinceFigures(total, new Targets.Province(0.50, 1.0, 1.0, 0.80, 1.0),
                List.of(new ProvinceFigures.TierTally("department", 3, 1), new ProvinceFigures.TierTally("district", 2, 1)),
                3, List.of(new ProvinceFigures.UnconfiguredAgency("H25.99", 7)),
                new NationalScoring(new Targets(null, List.of())).score(NATIONAL));
        Gaps gaps = new Gaps(
                List.of(new Gaps.ProcedureGap("000.00.01.H25", "1.000002", "Đăng ký khai sinh", Gaps.Why.NOT_INTEGRATED),
                        new Gaps.ProcedureGap("000.00.02.H25", "1.002001", "Cấp chứng chỉ hành nghề <dược>", Gaps.Why.NOT_LISTED)),
                List.of(new Gaps.EAuthFailures("000.00.01.H25", Map.of("EXPIRED", 3L)),
                        new Gaps.EAuthFailures("H25.99", Map.of("IDENTITY_MISMATCH", 1L))),
                List.of(new Gaps.HeldDossier("000.00.02.H25-250301-0001", "000.00.02.H25", "1.009999",
                        "MaTTHC 1.009999 không có trên DVCQG")), 1);
        return new ComplianceReport(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31),
                Instant.parse("2025-04-01T02:00:00Z"), province, agencies, gaps,
                Map.of("H25.03", "UBND huyện Kỳ Sơn (đã sáp nhập)"));
    }

    private static AgencyFigures agency(String code, String name, String tier, double target, long online, long received,
                                        long level34, long integrated) {
        Counts c = new Counts(received, online, online + 2, online, received - 1 < 0 ? 0 : received - 1, received / 2,
                received / 3, 1, level34 + 10, level34, integrated);
        return new AgencyFigures(code, name, tier, target, c, null);
    }
}
