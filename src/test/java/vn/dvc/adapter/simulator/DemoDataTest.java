package vn.dvc.adapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private static final DemoData DATA = DemoData.hoaBinh(20_000);

    @Test
    void sameSeedAndCountGiveTheSameDossiers() {
        DemoData a = new DemoData(7, 3_000);
        DemoData b = new DemoData(7, 3_000);
        DemoData other = new DemoData(8, 3_000);
        for (int i = 0; i < 300; i += 3) {
            assertThat(a.dossier(i)).isEqualTo(b.dossier(i));
            assertThat(a.maHoSo(i)).isEqualTo(b.maHoSo(i));
        }
        assertThat(a.identityProviderKeys().toString()).isEqualTo(b.identityProviderKeys().toString());
        assertThat(IntStream.range(0, 50).filter(i -> !a.dossier(i).equals(other.dossier(i))).count()).isEqualTo(50);
    }

    @Test
    void theSsoKeyAndItsSignaturesFollowFromTheSeedAlone() {
        IdentityProvider first = IdentityProvider.uncached(7);
        IdentityProvider second = IdentityProvider.uncached(7);
        assertThat(first.publicKeys().toString()).isEqualTo(second.publicKeys().toString());
        assertThat(first.publicKeys().toString()).isNotEqualTo(IdentityProvider.uncached(8).publicKeys().toString());
        Plan plan = DATA.plan(0);
        var claims = IdTokenClaims.of(plan, new People.Person("Bùi Văn An", "017085001234", true),
            Seeds.random(7, 0, 3));
        assertThat(first.sign(claims)).isEqualTo(second.sign(claims));
    }

    @Test
    void agenciesAndProceduresMatchTheDecision() {
        List<Agency> agencies = DATA.agencies();
        assertThat(agencies).hasSize(27);
        assertThat(agencies.subList(0, 17)).allMatch(a -> a.tier() == Tier.DEPARTMENT);
        assertThat(agencies.subList(17, 27)).allMatch(a -> a.tier() == Tier.DISTRICT);
        assertThat(agencies.get(11)).isEqualTo(new Agency("000.00.12.H25", "Sở Tư pháp", Tier.DEPARTMENT));
        assertThat(agencies.get(17).name()).isEqualTo("UBND Thành phố Hòa Bình");

        long departmentLevel34 = DATA.procedures().stream()
            .filter(p -> p.mucDo() >= 3 && p.maDonVi().endsWith(".H25") && tier(p.maDonVi()) == Tier.DEPARTMENT).count();
        assertThat(departmentLevel34).isEqualTo(841);
        for (Agency district : agencies.subList(17, 27)) {
            assertThat(DATA.procedures(district.code()).stream().filter(p -> p.mucDo() >= 3)).hasSize(69);
        }
        for (Agency agency : agencies) {
            assertThat(DATA.procedures(agency.code())).anyMatch(p -> p.mucDo() == 2);
        }
        Set<String> codes = new HashSet<>();
        for (Procedure p : DATA.procedures()) {
            assertThat(codes.add(p.maTTHC())).as("unique %s", p.maTTHC()).isTrue();
            assertThat(p.maTTHC()).matches("[12]\\.\\d{6}\\." + p.maDonVi().replace(".", "\\."));
            assertThat(Normalizer.isNormalized(p.tenTTHC(), Normalizer.Form.NFC)).isTrue();
        }
        assertThat(codes).contains("2.000477.000.00.12.H25");
    }

    @Test
    void nationalCatalogueLeavesOutAFewAndMarksAFewNotIntegrated() {
        int level34 = 0;
        int absent = 0;
        int notIntegrated = 0;
        for (Agency agency : DATA.agencies()) {
            Map<String, CatalogueEntry> listed = new HashMap<>();
            DATA.nationalCatalogue(agency.code()).forEach(e -> listed.put(e.maTTHC(), e));
            for (Procedure p : DATA.procedures(agency.code())) {
                CatalogueEntry e = listed.get(p.maTTHC());
                if (p.mucDo() == 2) {
                    assertThat(e).isNotNull();
                    assertThat(e.tichHop()).isFalse();
                    continue;
                }
                level34++;
                if (e == null) {
                    absent++;
                } else if (!e.tichHop()) {
                    notIntegrated++;
                }
            }
        }
        assertThat(absent / (double) level34).isBetween(0.01, 0.035);
        assertThat(notIntegrated / (double) level34).isBetween(0.025, 0.06);
        assertThat(DATA.nationalCatalogue("000.00.99.H25")).isEmpty();
    }

    @Test
    void aboutThreePercentOfRecordsCarryADefectOfEveryKind() {
        Map<Defect, Integer> kinds = new EnumMap<>(Defect.class);
        for (int i = 0; i < DATA.dossierCount(); i++) {
            Defect d = DATA.defect(i);
            if (d != null) {
                kinds.merge(d, 1, Integer::sum);
                if (kinds.get(d) <= 15) {
                    assertDefectShows(i, d);
                }
            }
        }
        int total = kinds.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total / 20_000.0).isBetween(0.02, 0.05);
        assertThat(kinds.keySet()).containsExactlyInAnyOrder(Defect.values());
    }

    private static void assertDefectShows(int index, Defect defect) {
        ObjectNode d = DATA.dossier(index);
        String field = DATA.defectField(index);
        assertThat(d.path("MaHoSo").asText()).isEqualTo(DATA.maHoSo(index));
        switch (defect) {
            case MISSING_FIELD -> assertThat(d.has(field)).isFalse();
            case MALFORMED_FIELD -> assertThat(Wire.isDate(d.path(field).asText()) || d.path(field).isInt()).isFalse();
            case UNKNOWN_CODE -> assertThat(d.path(field).asInt()).isIn(7, 9, 11);
            case IMPOSSIBLE_DATE -> assertThat(!Wire.isDate(d.path(field).asText())
                || d.path("NgayTiepNhan").asText().compareTo(d.path("NgayNopHoSo").asText()) < 0).isTrue();
            case OVERSIZED_TEXT -> assertThat(d.path("TrichYeuHoSo").asText().length() > 1000
                || d.path("TienDo").get(0).path("NguoiXuLy").asText().length() > 50).isTrue();
            case NOT_NFC -> {
                assertThat(Normalizer.isNormalized(d.path("ChuHoSo").asText(), Normalizer.Form.NFC)).isFalse();
                assertThat(Normalizer.isNormalized(d.path("TrichYeuHoSo").asText(), Normalizer.Form.NFC)).isFalse();
            }
        }
    }

    @Test
    void goodRecordsAreCompleteConsistentAndNfc() {
        Instant previous = Instant.MIN;
        for (int i = 0; i < 1_500; i++) {
            Instant updated = DATA.updatedAt(i);
            assertThat(updated).isAfter(previous);
            previous = updated;
            if (DATA.defect(i) != null) {
                continue;
            }
            ObjectNode d = DATA.dossier(i);
            String ma = d.path("MaHoSo").asText();
            assertThat(ma).matches("000\\.00\\.\\d{2}\\.H25-\\d{6}-\\d{7}").endsWith(String.format("%07d", i + 1));
            assertThat(OffsetDateTime.parse(d.path("CapNhatLuc").asText()).toInstant()).isEqualTo(updated);
            assertThat(d.path("CapNhatLuc").asText()).endsWith("+07:00");
            Instant submitted = Wire.DATE.parse(d.path("NgayNopHoSo").asText(), Instant::from);
            assertThat(Duration.between(submitted, updated)).isBetween(Duration.ZERO, Duration.ofDays(30));
            assertThat(d.path("NgayTiepNhan").asText()).isGreaterThanOrEqualTo(d.path("NgayNopHoSo").asText());
            int status = d.path("TrangThaiHoSo").asInt();
            assertThat(d.path("NgayKetThucXuLy").isNull()).isEqualTo(status < 9);
            assertThat(d.path("NgayTra").isNull()).isEqualTo(status != 10);
            JsonNode progress = d.path("TienDo");
            assertThat(progress.size()).isBetween(1, 9);   // two requests for supplement add four steps
            assertThat(progress.get(progress.size() - 1).path("TrangThai").asInt()).isEqualTo(status);
            assertThat(progress.get(progress.size() - 1).path("ThoiDiemXuLy").asText()).isEqualTo(Wire.date(updated));
            String before = d.path("NgayTiepNhan").asText();
            for (JsonNode step : progress) { // the history runs forwards from reception
                assertThat(step.path("ThoiDiemXuLy").asText()).isGreaterThanOrEqualTo(before);
                assertThat(step.path("MaHoSo").asText()).isEqualTo(ma);
                before = step.path("ThoiDiemXuLy").asText();
            }
            assertThat(d.path("KenhThucHien").asInt()).isBetween(1, 3);
            assertThat(d.path("SoGiayToChuHoSo").asText()).matches("\\d{12}");
            assertThat(d.path("SoDienThoai").asText()).matches("0[35789]\\d{8}");
            assertAllStringsNfc(d);
        }
    }

    @Test
    void someAgenciesReachTheOnlineTargetAndSomeDoNot() {
        Map<String, int[]> byAgency = new HashMap<>();
        for (int i = 0; i < DATA.dossierCount(); i++) {
            Plan plan = DATA.plan(i);
            // by the Hòa Bình agency it was drawn for: after the merger, its successor receives it
            int[] counts = byAgency.computeIfAbsent(DATA.agencies().get(plan.agencyPosition()).code(), k -> new int[2]);
            counts[0]++;
            if (plan.channel() == 2) {
                counts[1]++;
                assertThat(plan.procedure().mucDo()).isGreaterThanOrEqualTo(3);
            }
        }
        assertThat(byAgency).hasSize(27);
        assertThat(byAgency.values()).anyMatch(c -> c[1] / (double) c[0] >= 0.51);
        assertThat(byAgency.values()).anyMatch(c -> c[1] / (double) c[0] < 0.40);
    }

    static void assertAllStringsNfc(JsonNode node) {
        if (node.isTextual()) {
            assertThat(Normalizer.isNormalized(node.asText(), Normalizer.Form.NFC)).as(node.asText()).isTrue();
        }
        node.forEach(DemoDataTest::assertAllStringsNfc);
    }

    private static Tier tier(String maDonVi) {
        return DATA.allAgencies().stream().filter(a -> a.code().equals(maDonVi)).findFirst().orElseThrow().tier();
    }

    @Test
    void theDataSpansTheMergerWithOldCodesBeforeItAndTheSuccessorsAfterAndEndsBeforeItsDay() {
        DemoData data = new DemoData(DemoData.HOA_BINH_SEED, 20_000, false, java.time.LocalDate.of(2026, 12, 1));
        Instant merger = DemoData.mergerDay().atStartOfDay(Wire.ZONE).toInstant();
        Set<String> before = new HashSet<>();
        Set<String> after = new HashSet<>();
        for (int i = 0; i < data.dossierCount(); i++) {
            Plan plan = data.plan(i);
            Agency drawn = data.agencies().get(plan.agencyPosition());
            if (plan.times().received().isBefore(merger)) {
                assertThat(plan.agency()).as("dossier %d", i).isEqualTo(drawn);
                before.add(plan.agency().code());
            } else {
                assertThat(plan.agency().code()).as("dossier %d", i).isEqualTo(data.successor(drawn.code()));
                assertThat(plan.procedure().maDonVi()).isEqualTo(plan.agency().code());
                assertThat(plan.procedure().baseCode() + "." + drawn.code())
                    .isIn(data.procedures(drawn.code()).stream().map(Procedure::maTTHC).toList());
                after.add(plan.agency().code());
            }
        }
        assertThat(before).hasSize(27);
        assertThat(after).containsExactlyInAnyOrderElementsOf(data.mergedAgencies().stream().map(Agency::code).toList());
        assertThat(data.updatedAt(data.dossierCount() - 1)).isBefore(Instant.parse("2026-11-30T17:00:00Z"))
            .isAfter(Instant.parse("2026-11-29T17:00:00Z"));
        assertThat(new DemoData(DemoData.HOA_BINH_SEED, 20_000, false, java.time.LocalDate.of(2026, 12, 1)).dossier(19_999))
            .isEqualTo(data.dossier(19_999));
    }
}
