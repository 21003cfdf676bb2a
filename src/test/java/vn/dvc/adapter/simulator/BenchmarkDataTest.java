package vn.dvc.adapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The benchmark data set: the demo data except who applies online, one ID token per SSO session,
 * every token still failing for exactly the announced reason; and the cheap paths of the simulators.
 */
class BenchmarkDataTest {

    private static final int N = 20_000;
    private static final DemoData STANDARD = new DemoData(DemoData.HOA_BINH_SEED, N, false, java.time.LocalDate.of(2026, 1, 1));
    private static final DemoData BENCH = DemoData.benchmark(N);
    /** What follows from the applicant; everything else is the same in both data sets. */
    private static final Set<String> APPLICANT = Set.of("ChuHoSo", "MaDoiTuong", "SoGiayToChuHoSo", "Email",
        "TrichYeuHoSo", "XacThuc", "TaiKhoanDuocXacThucVoiVNeID", "DinhDanhCHS", "DSKetNoiCSDL");

    @Test
    void onlyTheOnlineApplicantDiffersFromTheDemoData() {
        assertThat(BENCH.sessionTokens()).isTrue();
        assertThat(STANDARD.sessionTokens()).isFalse();
        for (int i = 0; i < N; i += 23) {
            ObjectNode a = STANDARD.dossier(i);
            ObjectNode b = BENCH.dossier(i);
            if (!DossierBuilder.carriesToken(STANDARD.plan(i))) {
                assertThat(b).as("dossier %d", i).isEqualTo(a);
                continue;
            }
            assertThat(b.size()).isEqualTo(a.size());
            for (String f : (Iterable<String>) a::fieldNames) {
                if (!APPLICANT.contains(f)) {
                    assertThat(b.get(f)).as("%d.%s", i, f).isEqualTo(a.get(f));
                }
            }
            assertThat(BENCH.expectedEauthFailure(i)).isEqualTo(STANDARD.expectedEauthFailure(i));
        }
    }

    @Test
    void everySessionTokenPassesOrFailsForTheAnnouncedReason() throws Exception {
        Map<String, Integer> checked = new HashMap<>();
        for (int i = 0; i < N; i++) {
            Plan plan = BENCH.plan(i);
            if (plan.channel() != 2 || plan.defect() != null) {
                continue;
            }
            String expected = BENCH.expectedEauthFailure(i);
            if (checked.merge(expected == null ? "valid" : expected, 1, Integer::sum) <= (expected == null ? 300 : 20)) {
                assertThat(EauthTokensTest.verify(BENCH.dossier(i), BENCH.identityProviderKeys())).as("dossier %d", i)
                    .isEqualTo(expected);
            }
        }
        assertThat(checked.keySet()).containsExactlyInAnyOrder("valid", "expired", "acr", "subject", "audience",
            "missing");
    }

    @Test
    void applicantsShareTheirSessionToken() {
        DemoData dense = DemoData.benchmark(200_000); // ~5 online dossiers per half hour
        Set<Long> sessions = new HashSet<>();
        int online = 0;
        for (int i = 0; i < dense.dossierCount(); i++) {
            Plan plan = dense.plan(i);
            if (DossierBuilder.carriesToken(plan)) {
                online++;
                sessions.add(Sessions.of(dense.seed(), plan).key());
            }
        }
        assertThat(sessions.size()).isLessThan(online / 2);
        // the same session, the same token: two dossiers of one session carry one token
        Map<Long, Integer> first = new HashMap<>();
        for (int i = 0; i < dense.dossierCount(); i++) {
            Plan plan = dense.plan(i);
            if (DossierBuilder.carriesToken(plan)) {
                Integer other = first.putIfAbsent(Sessions.of(dense.seed(), plan).key(), i);
                if (other != null) {
                    JsonNode a = dense.dossier(other).path("XacThuc");
                    assertThat(dense.dossier(i).path("XacThuc").path("IdToken")).isEqualTo(a.path("IdToken"));
                    return;
                }
            }
        }
    }

    @Test
    void presigningSignsEveryTokenOnceAheadOfUse() {
        DemoData data = new DemoData(DemoData.HOA_BINH_SEED + 1, 3_000, true); // its own SSO: nothing cached
        long signed = data.presign(2);
        long before = data.signatures();
        for (int i = 0; i < data.dossierCount(); i++) {
            data.dossier(i);
        }
        assertThat(data.signatures()).as("signatures made while serving").isEqualTo(before);
        assertThat(signed).isPositive().isLessThanOrEqualTo(3_000 * 6 / 10);
    }

    @Test
    void reachesPortalIsWhatACorrectAdapterSends() {
        Set<String> listed = new HashSet<>();
        STANDARD.allAgencies().forEach(a -> STANDARD.nationalCatalogue(a.code()).forEach(e -> listed.add(e.maTTHC())));
        int reaching = 0;
        for (int i = 0; i < N; i++) {
            Plan plan = STANDARD.plan(i);
            // another normalisation is sent in NFC; an over-long officer's name concerns one progress entry only
            boolean good = plan.defect() == null || plan.defect() == Defect.NOT_NFC
                || STANDARD.defectField(i).equals("TienDo.NguoiXuLy");
            assertThat(STANDARD.reachesPortal(i)).as("dossier %d", i).isEqualTo(good && listed.contains(plan.procedure().maTTHC()));
            reaching += STANDARD.reachesPortal(i) ? 1 : 0;
        }
        assertThat(reaching).isBetween(N * 90 / 100, N * 98 / 100);
    }

    @Test
    void pagesOfPrerenderedDossiersAreByteForByteThoseServedLive() throws Exception {
        try (SourceSimulator live = new SourceSimulator(BENCH).start(0);
             SourceSimulator rendered = new SourceSimulator(BENCH).start(0)) {
            assertThat(rendered.prerender(2, 2_000_000)).isBetween(300, 1_000); // a budget for part of them
            List<String> a = pages(live);
            List<String> b = pages(rendered);
            assertThat(b).hasSize(3);
            for (int p = 0; p < a.size(); p++) {
                assertThat(b.get(p).equals(a.get(p))).as("page %d is the same bytes", p).isTrue();
            }
        }
    }

    @Test
    void isDateAcceptsExactlyWhatTheStrictFormatterParses() {
        List<String> samples = new java.util.ArrayList<>(List.of("20240229120000", "20230229120000", "20251231235959",
            "20250431000000", "20250001000000", "20251301000000", "20250100000000", "20250115240000", "20250115236000",
            "20250115235960", "00000101000000", "2025011512000", "202501151200000", "2025-01-15 1200", "2025011512000a",
            "١٢٣٤٥٦٧٨٩٠١٢٣٤"));
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 20_000; i++) {
            samples.add(String.format("%04d%02d%02d%02d%02d%02d", r.nextInt(10_000), r.nextInt(15), r.nextInt(33),
                r.nextInt(26), r.nextInt(62), r.nextInt(62)));
        }
        for (String s : samples) {
            assertThat(Wire.isDate(s)).as(s).isEqualTo(strict(s));
        }
    }

    private static boolean strict(String text) {
        try {
            Wire.DATE.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static List<String> pages(SourceSimulator s) throws Exception {
        List<String> pages = new java.util.ArrayList<>();
        String next = null;
        do {
            var reply = SimHttp.get(java.net.URI.create(s.url() + SourceSimulator.DOSSIERS + "?limit=300"
                + (next == null ? "" : "&cursor=" + next)));
            pages.add(reply.raw().body());
            next = reply.body().path("nextCursor").asText();
        } while (pages.size() < 3);
        return pages;
    }
}
