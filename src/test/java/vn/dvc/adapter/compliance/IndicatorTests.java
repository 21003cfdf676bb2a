package vn.dvc.adapter.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static vn.dvc.adapter.compliance.Fixture.GIAO_DUC;
import static vn.dvc.adapter.compliance.Fixture.LAC_SON;
import static vn.dvc.adapter.compliance.Fixture.MAI_CHAU;
import static vn.dvc.adapter.compliance.Fixture.TU_PHAP;
import static vn.dvc.adapter.compliance.Fixture.XAY_DUNG;
import static vn.dvc.adapter.compliance.Fixture.Y_TE;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The indicators of domain.md §6 on the hand-made {@link Fixture}; every expected figure is counted
 * by hand. Run on H2 ({@link ComplianceH2Test}) and on PostgreSQL ({@link CompliancePostgresTest}).
 */
abstract class IndicatorTests {

    private static final Offset<Double> EXACT = within(1e-9);
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 3, 31);

    private ComplianceService compliance;

    /** The ledger to load the fixture into, and a service reading it. */
    protected abstract JdbcTemplate jdbc();

    protected abstract ComplianceService service();

    /** The tests only read: the fixture is loaded once per database. */
    private static final Set<Class<?>> LOADED = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void load() {
        if (LOADED.add(getClass())) {
            new Fixture(jdbc()).load();
        }
        compliance = service();
    }

    private AgencyFigures agency(ComplianceReport r, String code) {
        return r.agency(code).orElseThrow();
    }

    @Test
    void onlineShareCountsOnlyReceivedDossiersOfLevel3Or4InThePeriod() {
        ComplianceReport r = compliance.report(FROM, TO);

        AgencyFigures tuPhap = agency(r, TU_PHAP);
        // TP-01..05 received (TP-06 status 1, TP-07 status 3, TP-08 and TP-09 outside); online: TP-01, 02, 03 (TP-04 is level 2)
        assertThat(tuPhap.received()).isEqualTo(5);
        assertThat(tuPhap.online()).isEqualTo(3);
        assertThat(tuPhap.onlineShare()).isCloseTo(3.0 / 5, EXACT);
        assertThat(tuPhap.target()).isEqualTo(0.60);
        assertThat(tuPhap.meetsTarget()).isTrue();                         // 3/5 meets 0.60 exactly
        assertThat(agency(r, Y_TE).onlineShare()).isCloseTo(1.0 / 2, EXACT);
        assertThat(agency(r, Y_TE).meetsTarget()).isFalse();               // 0.50 < default 0.51
        assertThat(agency(r, GIAO_DUC).onlineShare()).isCloseTo(2.0 / 4, EXACT); // GD-04 has no level: not online
        assertThat(agency(r, XAY_DUNG).onlineShare()).isCloseTo(1.0 / 4, EXACT);
        assertThat(agency(r, LAC_SON).onlineShare()).isCloseTo(1.0 / 2, EXACT);
        assertThat(agency(r, LAC_SON).meetsTarget()).isTrue();             // 0.50 >= 0.40
    }

    @Test
    void eauthSyncAndOnTimeRates() {
        ComplianceReport r = compliance.report(FROM, TO);

        AgencyFigures tuPhap = agency(r, TU_PHAP);
        assertThat(tuPhap.eauthRate()).isCloseTo(2.0 / 4, EXACT);   // online TP-01..04 (any level); passed 01, 02
        assertThat(tuPhap.syncRatio()).isCloseTo(4.0 / 5, EXACT);   // at the portal: 01, 02, 04, 05
        assertThat(tuPhap.onTimeRate()).isCloseTo(2.0 / 3, EXACT);  // finished 01, 02, 05; 02 late; 05 on the due minute
        assertThat(agency(r, GIAO_DUC).eauthRate()).isCloseTo(1.0 / 2, EXACT);
        assertThat(agency(r, GIAO_DUC).syncRatio()).isCloseTo(2.0 / 4, EXACT);
        assertThat(agency(r, GIAO_DUC).onTimeRate()).isCloseTo(1.0 / 1, EXACT);
        assertThat(agency(r, Y_TE).onTimeRate()).isNull();          // nothing finished
        assertThat(agency(r, XAY_DUNG).syncRatio()).isCloseTo(4.0 / 4, EXACT);
    }

    @Test
    void integrationCoverageAndOnlineEligibleShareComeFromTheCatalogue() {
        ComplianceReport r = compliance.report(FROM, TO);

        AgencyFigures tuPhap = agency(r, TU_PHAP);
        // level 3/4: .001, .002 (listed, not integrated), .003 (listed only for Sở Y tế), .005; integrated .001, .005
        assertThat(tuPhap.integrationCoverage()).isCloseTo(2.0 / 4, EXACT);
        assertThat(tuPhap.onlineEligibleShare()).isCloseTo(4.0 / 5, EXACT);
        assertThat(agency(r, Y_TE).integrationCoverage()).isCloseTo(1.0 / 1, EXACT);
        assertThat(agency(r, Y_TE).onlineEligibleShare()).isCloseTo(1.0 / 2, EXACT);
        assertThat(agency(r, LAC_SON).integrationCoverage()).isCloseTo(2.0 / 2, EXACT);
        assertThat(agency(r, LAC_SON).onlineEligibleShare()).isCloseTo(2.0 / 3, EXACT);
        assertThat(agency(r, GIAO_DUC).integrationCoverage()).isNull();  // no procedures
        assertThat(agency(r, GIAO_DUC).onlineEligibleShare()).isNull();

        assertThat(r.gaps().procedures()).extracting(Gaps.ProcedureGap::agency, Gaps.ProcedureGap::maTthc, Gaps.ProcedureGap::why)
                .containsExactly(tuple(TU_PHAP, "1.000002", Gaps.Why.NOT_INTEGRATED), tuple(TU_PHAP, "1.000003", Gaps.Why.NOT_LISTED),
                        tuple(Fixture.UNCONFIGURED, "3.000001", Gaps.Why.NOT_LISTED));
        assertThat(r.gaps().procedures().get(0).tenTthc()).isEqualTo("Đăng ký khai sinh");
    }

    @Test
    void ranksWithinEachTierWithTiesSharingARank() {
        ComplianceReport r = compliance.report(FROM, TO);

        // departments: 3/5, 1/2, 2/4, 1/4 → 1, 2, 2, 4; districts apart: 1/2 → 1, none → unranked
        assertThat(r.agencies()).extracting(AgencyFigures::code, AgencyFigures::rank).containsExactly(
                tuple(TU_PHAP, 1), tuple(Y_TE, 2), tuple(GIAO_DUC, 2), tuple(XAY_DUNG, 4), tuple(LAC_SON, 1), tuple(MAI_CHAU, null));
        assertThat(Ranking.ofTier(r.agencies(), "district")).extracting(AgencyFigures::code).containsExactly(LAC_SON, MAI_CHAU);
    }

    @Test
    void anAgencyWithoutDossiersHasNoShareNoRankAndMissesItsTarget() {
        AgencyFigures maiChau = agency(compliance.report(FROM, TO), MAI_CHAU);

        assertThat(maiChau.received()).isZero();
        assertThat(maiChau.onlineShare()).isNull();
        assertThat(maiChau.rank()).isNull();
        assertThat(maiChau.meetsTarget()).isFalse();
        assertThat(maiChau.eauthRate()).isNull();
        assertThat(maiChau.syncRatio()).isNull();
    }

    @Test
    void provinceCountsEveryAgencyConfiguredOrNot() {
        ProvinceFigures p = compliance.report(FROM, TO).province();

        assertThat(p.received()).isEqualTo(5 + 2 + 4 + 4 + 2 + 1);   // + UC-01 of the unconfigured agency
        assertThat(p.onlineShare()).isCloseTo(9.0 / 18, EXACT);
        assertThat(p.meets(Indicator.ONLINE_SHARE)).isTrue();        // 0.50 against 0.50
        assertThat(p.eauthRate()).isCloseTo(7.0 / 10, EXACT);
        assertThat(p.meets(Indicator.EAUTH_RATE)).isFalse();
        assertThat(p.syncRatio()).isCloseTo(13.0 / 18, EXACT);
        assertThat(p.onTimeRate()).isCloseTo(3.0 / 4, EXACT);
        assertThat(p.meets(Indicator.ON_TIME_RATE)).isNull();        // no target
        assertThat(p.integrationCoverage()).isCloseTo(5.0 / 8, EXACT);
        assertThat(p.onlineEligibleShare()).isCloseTo(8.0 / 11, EXACT);
        assertThat(p.meets(Indicator.ONLINE_ELIGIBLE_SHARE)).isFalse(); // 0.727 < 0.80
        assertThat(p.quarantinedNotCounted()).isEqualTo(2);          // QR-1, QR-2; QR-3 is outside the period
        assertThat(p.held()).isEqualTo(1);
        assertThat(p.unconfigured()).containsExactly(new ProvinceFigures.UnconfiguredAgency(Fixture.UNCONFIGURED, 1));
        assertThat(p.tiers()).containsExactly(new ProvinceFigures.TierTally("department", 4, 1),
                new ProvinceFigures.TierTally("district", 2, 1));
    }

    @Test
    void gapsListEauthFailuresByReasonAndHeldDossiers() {
        Gaps g = compliance.report(FROM, TO).gaps();

        // TP-03 EXPIRED, TP-04 IDENTITY_MISMATCH, GD-02 EXPIRED; TP-06 (status 1) and TP-08 (outside) do not count
        assertThat(g.eauthByReason()).containsExactly(Map.entry("EXPIRED", 2L), Map.entry("IDENTITY_MISMATCH", 1L));
        assertThat(g.eauth()).extracting(Gaps.EAuthFailures::agency, Gaps.EAuthFailures::total)
                .containsExactly(tuple(TU_PHAP, 2L), tuple(GIAO_DUC, 1L));
        assertThat(g.heldTotal()).isEqualTo(1);
        assertThat(g.held()).containsExactly(new Gaps.HeldDossier("YT-02", Y_TE, "1.000001", "MaTTHC 1.002099 không có trên DVCQG"));
    }

    @Test
    void anEmptyPeriodCountsNothingAndStillReportsTheCatalogue() {
        ComplianceReport r = compliance.report(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 31));

        assertThat(r.agencies()).allSatisfy(a -> {
            assertThat(a.received()).isZero();
            assertThat(a.onlineShare()).isNull();
            assertThat(a.rank()).isNull();
            assertThat(a.meetsTarget()).isFalse();
        });
        assertThat(r.province().received()).isZero();
        assertThat(r.province().onlineShare()).isNull();
        assertThat(r.province().meets(Indicator.ONLINE_SHARE)).isFalse();
        assertThat(r.province().integrationCoverage()).isCloseTo(5.0 / 8, EXACT);
        assertThat(r.gaps().held()).isEmpty();
        assertThat(ComplianceHtml.write(r, false)).contains("<svg").contains("Sở Tư pháp");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> compliance.report(TO, FROM)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025-03-31");
    }
}
