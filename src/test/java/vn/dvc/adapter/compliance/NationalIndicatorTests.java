package vn.dvc.adapter.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.dvc.adapter.compliance.NationalFixture.GTVT;
import static vn.dvc.adapter.compliance.NationalFixture.LAC_SON;
import static vn.dvc.adapter.compliance.NationalFixture.MUONG_BI;
import static vn.dvc.adapter.compliance.NationalFixture.XAY_DUNG;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.adapter.compliance.NationalIndicator.Unknown;

/**
 * The national indicators (domain.md §8) and the agency tree over time (§7) on {@link NationalFixture};
 * every expected figure is counted by hand from its rows. Run on H2 and on PostgreSQL.
 */
abstract class NationalIndicatorTests {

    private static final Offset<Double> EXACT = within(1e-9);
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);
    private static final Set<Class<?>> LOADED = ConcurrentHashMap.newKeySet();

    protected abstract JdbcTemplate jdbc();

    private ComplianceService service;

    @BeforeEach
    void load() {
        if (LOADED.add(getClass())) {
            new NationalFixture(jdbc()).load();
        }
        service = new ComplianceService(new LedgerFigures(jdbc(), vn.dvc.adapter.TestProperties.cipher()), new NationalLedger(jdbc()), NationalFixture.targets());
    }

    private Map<String, NationalIndicator> xayDung() {
        return service.report(JAN_1, JAN_31).agency(XAY_DUNG).orElseThrow().national();
    }

    private static void assertIndicator(NationalIndicator i, long numerator, long denominator, double share, double points) {
        assertThat(i.unknown()).as(i.id()).isNull();
        assertThat(i.numerator()).as(i.id() + " numerator").isEqualTo(numerator);
        assertThat(i.denominator()).as(i.id() + " denominator").isEqualTo(denominator);
        assertThat(i.share()).as(i.id() + " share").isCloseTo(share, EXACT);
        assertThat(i.points()).as(i.id() + " points").isCloseTo(points, EXACT);
    }

    @Test
    void syncedAndOnTimeFollowDvcqgsEndOfProcessingRule() {
        Map<String, NationalIndicator> n = xayDung();

        // received X1–X7 and X11 (X8, X9 earlier, X10 refused); at the portal all but X4
        assertIndicator(n.get("1.4"), 7, 8, 7.0 / 8, 7.0 / 8 * 6);
        // due: the 8 received and X8, still running from December (X9 ended before the period).
        // on time: X1; X3 running, due after the period; X4 one request, ending at it; X6 late by the
        // clock but within its due date plus 7 days of supplement; X7 without NgayHenTra; X11 by its
        // NgayKetThucXuLy (no facts). Late: X2, X5 (two requests), X8 (running past its due date).
        assertIndicator(n.get("2.1"), 6, 9, 6.0 / 9, 6.0 / 9 * 20);
        assertThat(n.get("2.1").threshold()).as("none of its own: the maximum at 100%").isEqualTo(1.0);
        // 5.4's late part: the same counts against its 90% threshold
        assertIndicator(n.get("5.4"), 6, 9, 6.0 / 9, 6.0 / 9 * 6 / 0.9);
    }

    @Test
    void onlineShareNeedsAnElectronicResultForPaperResultProceduresAndIsScaledBySync() {
        NationalIndicator online = xayDung().get("3.3");

        // online: X1 (paper, e-result), X3 and X11 (not paper), X6 (paper, e-result); not X2 (link without MaGiayToKetQua)
        assertIndicator(online, 4, 8, 4.0 / 8 * 7.0 / 8, 4.0 / 8 * 7.0 / 8 * 6 / 0.5);
        assertThat(online.parts().get("inPerson").numerator()).isEqualTo(2);   // X4 (1), X7 (no channel)
        assertThat(online.parts().get("postal").share()).isCloseTo(1.0 / 8, EXACT);
        assertThat(online.meets()).isFalse();
    }

    @Test
    void onlinePaymentLeavesOutFeeFreeProceduresAndDossiersWhoseFeesAreAllZero() {
        // fee-bearing with a fee: X1, X2, X6 (50,000), X5 (100,000); not X4 (its fees are 0), nor X3 (no fees)
        assertIndicator(xayDung().get("3.6"), 2, 4, 0.5, 5.0);
    }

    @Test
    void digitisationIndicators() {
        Map<String, NationalIndicator> n = xayDung();

        // paper-result dossiers X1, X2, X4, X5, X6; a result file link on all but X4
        assertIndicator(n.get("4.1"), 4, 5, 0.8, 0.8 * 6);
        // files and, for a paper result, an e-result: X1, X3, X5, X6, X7 (its paper attribute unknown)
        assertIndicator(n.get("4.2"), 5, 8, 5.0 / 8, 5.0 / 8 * 4 / 0.8);
        assertIndicator(n.get("4.3"), 3, 8, 3.0 / 8, 3.0 / 8 * 2 / 0.8);
        assertIndicator(n.get("4.4"), 1, 8, 1.0 / 8, 1.0 / 8 * 2);
        // VNeID (X2, X6), the DVCQG store (X1), the population database (X3)
        assertIndicator(n.get("4.5"), 4, 8, 0.5, 2.0);
    }

    @Test
    void onlineServicesCountProceduresWithToanTrinhAgainstTheEligible() {
        NationalIndicator services = xayDung().get("3.1");

        // level 3/4: .001, .002, .003, .005 of 5; 80% meets the threshold
        assertIndicator(services, 4, 5, 0.8, 6.0);
        NationalIndicator.Part toanTrinh = services.parts().get("toanTrinh");
        assertThat(toanTrinh.numerator()).isEqualTo(2);     // .001, .005 of the eligible .001, .002, .005
        assertThat(toanTrinh.denominator()).isEqualTo(3);
        assertThat(services.parts().get("motPhan").share()).isCloseTo(2.0 / 5, EXACT);
    }

    @Test
    void missingInputsAreUnknownWithTheReasonNeverZero() {
        ComplianceReport r = service.report(JAN_1, JAN_31);
        Map<String, NationalIndicator> lacSon = r.agency(LAC_SON).orElseThrow().national();

        assertThat(lacSon.get("3.3").unknown()).isEqualTo(Unknown.NO_PAPER_ATTRIBUTE);
        assertThat(lacSon.get("3.3").share()).isNull();
        assertThat(lacSon.get("3.3").points()).isNull();
        assertThat(lacSon.get("4.1").unknown()).isEqualTo(Unknown.NO_PAPER_ATTRIBUTE);
        assertThat(lacSon.get("3.6").unknown()).isEqualTo(Unknown.NO_FEE_ATTRIBUTE);
        assertThat(lacSon.get("3.1").parts().get("toanTrinh").unknown()).isEqualTo(Unknown.NO_ELIGIBILITY);
        assertIndicator(lacSon.get("3.1"), 1, 1, 1.0, 6.0);
        assertIndicator(lacSon.get("4.3"), 1, 1, 1.0, 2.0);
        assertIndicator(lacSon.get("4.4"), 0, 1, 0.0, 0.0);                 // known, and truly 0
        assertIndicator(lacSon.get("2.1"), 0, 1, 0.0, 0.0);                 // running past its due date
        assertThat(r.agency(MUONG_BI).orElseThrow().national().values())
                .allSatisfy(i -> assertThat(i.unknown()).as(i.id()).isEqualTo(Unknown.NO_DATA));
        // the ledger's rows of 20–31 January predate the national facts: only X11 there
        Map<String, NationalIndicator> late = service.report(LocalDate.of(2026, 1, 20), JAN_31).agency(XAY_DUNG)
                .orElseThrow().national();
        assertThat(late.get("4.3").unknown()).isEqualTo(Unknown.NO_FACTS);
        assertIndicator(late.get("1.4"), 1, 1, 1.0, 6.0);
    }

    @Test
    void theProvinceAddsEveryAgencyAndSumsThePointsOfTheIndicatorsComputed() {
        ProvinceFigures p = service.report(JAN_1, JAN_31).province();
        Map<String, NationalIndicator> n = p.national();

        assertIndicator(n.get("1.4"), 8, 9, 8.0 / 9, 8.0 / 9 * 6);
        assertIndicator(n.get("2.1"), 6, 10, 0.6, 12.0);
        assertIndicator(n.get("3.1"), 5, 6, 5.0 / 6, 6.0);
        assertIndicator(n.get("3.3"), 5, 9, 5.0 / 9 * 8.0 / 9, 5.0 / 9 * 8.0 / 9 * 6 / 0.5);  // C1: paper unknown, not paper
        assertIndicator(n.get("3.6"), 2, 4, 0.5, 5.0);
        assertIndicator(n.get("4.1"), 4, 5, 0.8, 4.8);
        assertIndicator(n.get("4.2"), 6, 9, 6.0 / 9, 6.0 / 9 * 4 / 0.8);
        assertIndicator(n.get("4.3"), 4, 9, 4.0 / 9, 4.0 / 9 * 2 / 0.8);
        assertIndicator(n.get("4.4"), 1, 9, 1.0 / 9, 1.0 / 9 * 2);
        assertIndicator(n.get("4.5"), 4, 9, 4.0 / 9, 4.0 / 9 * 4);
        assertIndicator(n.get("5.4"), 6, 10, 0.6, 0.6 * 6 / 0.9);
        double expected = 8.0 / 9 * 6 + 12 + 6 + 5.0 / 9 * 8.0 / 9 * 12 + 5 + 4.8 + 6.0 / 9 * 5 + 4.0 / 9 * 2.5 + 2.0 / 9
                + 16.0 / 9 + 4;
        assertThat(p.nationalPoints()[0]).isCloseTo(expected, EXACT);
        assertThat(p.nationalPoints()[1]).isCloseTo(6 + 20 + 6 + 6 + 10 + 6 + 4 + 2 + 2 + 4 + 6, EXACT);
    }

    @Test
    void aDissolvedAgencysDossierCountsUnderItselfBeforeTheMergerAndUnderItsSuccessorAfter() {
        ComplianceReport may = service.report(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31));

        assertThat(may.agencies()).extracting(AgencyFigures::code).containsExactly(GTVT);
        assertThat(may.agency(GTVT).orElseThrow().received()).isEqualTo(1);
        assertThat(may.agency(GTVT).orElseThrow().national().get("4.2").numerator()).isEqualTo(1);
        assertThat(may.agency(GTVT).orElseThrow().national().get("4.1").unknown()).isEqualTo(Unknown.NO_PAPER_ATTRIBUTE);

        ComplianceReport mayToJuly = service.report(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 7, 31));

        assertThat(mayToJuly.agencies()).extracting(AgencyFigures::code).containsExactly(XAY_DUNG, LAC_SON, MUONG_BI);
        AgencyFigures successor = mayToJuly.agency(XAY_DUNG).orElseThrow();
        assertThat(successor.received()).isEqualTo(1);
        assertThat(successor.national().get("1.4").numerator()).isEqualTo(1);
        assertThat(successor.national().get("2.1").numerator()).isEqualTo(1);   // ended 15 May, due 20 May
        assertThat(mayToJuly.province().unconfigured()).isEmpty();
    }

    @Test
    void agenciesAreRankedWithinTheirTierAndOneWithoutDossiersHoldsBackNothing() {
        ComplianceReport r = service.report(JAN_1, JAN_31);

        assertThat(r.agency(LAC_SON).orElseThrow().rank()).isEqualTo(1);
        assertThat(r.agency(MUONG_BI).orElseThrow().rank()).isNull();
        assertThat(r.agency(MUONG_BI).orElseThrow().holdsBack()).isNull();
        // Sở Xây dựng loses most on 2.1: 20 − 13.3 points
        assertThat(r.agency(XAY_DUNG).orElseThrow().holdsBack().id()).isEqualTo("2.1");
        assertThat(Ranking.tiers(r.agencies())).containsExactly("department", "commune");
    }
}
