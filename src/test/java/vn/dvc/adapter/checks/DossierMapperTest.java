package vn.dvc.adapter.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import vn.dvc.adapter.Dossiers;
import vn.dvc.adapter.TestProperties;

class DossierMapperTest {

    private final ObjectMapper json = new ObjectMapper();
    private final DossierMapper mapper = new DossierMapper(json, new EAuthVerifier(TestProperties.sso("http://127.0.0.1:1/jwks")));

    private JsonNode record(String extra) throws Exception {
        return json.readTree(Dossiers.valid("HS-1", "2025-03-04T08:20:00+07:00", extra));
    }

    @Test
    void mapsAValidRecordToThePortalFieldsOnly() throws Exception {
        Checked c = mapper.check(record(null), 0, "p");

        assertThat(c).isInstanceOf(Checked.Valid.class);
        Checked.Valid v = (Checked.Valid) c;
        assertThat(v.dossier().has("MaDonVi")).isFalse();
        assertThat(v.dossier().has("XacThuc")).isFalse();
        assertThat(v.dossier().has("TienDo")).isFalse();
        assertThat(v.dossier().get("ChuHoSo").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(v.progress()).hasSize(1);
        assertThat(v.facts().maDonVi()).isEqualTo("000.00.12.H25");
        assertThat(v.hash()).hasSize(64);
    }

    @Test
    void normalisesDecomposedVietnameseToNfcAndHashesLikeTheComposedForm() throws Exception {
        String nfd = Normalizer.normalize("Nguyễn Thị Hồng", Normalizer.Form.NFD);
        Checked.Valid decomposed = (Checked.Valid) mapper.check(record("\"ChuHoSo\":\"" + nfd + "\""), 0, "p");
        Checked.Valid composed = (Checked.Valid) mapper.check(record("\"ChuHoSo\":\"Nguyễn Thị Hồng\""), 0, "p");

        assertThat(nfd).isNotEqualTo("Nguyễn Thị Hồng");
        assertThat(decomposed.dossier().get("ChuHoSo").asText()).isEqualTo("Nguyễn Thị Hồng");
        assertThat(decomposed.hash()).isEqualTo(composed.hash());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"MaTTHC\":null                         | MaTTHC                 | MISSING",
            "\"KenhThucHien\":\"hai\"                | KenhThucHien           | MALFORMED",
            "\"TrangThaiHoSo\":11                    | TrangThaiHoSo          | UNKNOWN_CODE",
            "\"LoaiDoiTuong\":9                      | LoaiDoiTuong           | UNKNOWN_CODE",
            "\"NgayHenTra\":\"20251345000000\"       | NgayHenTra             | INVALID_DATE",
            "\"NgayHenTra\":\"2025-03-04\"           | NgayHenTra             | INVALID_DATE",
            "\"NgayTiepNhan\":\"20250301081500\"     | NgayTiepNhan           | DATE_ORDER",
            "\"ChuHoSo\":\"An\\u0007\"               | ChuHoSo                | CONTROL_CHARACTER",
            "\"MaTTHC\":\"thu-tuc-1\"                | MaTTHC                 | MALFORMED",
            "\"CapNhatLuc\":\"hôm qua\"              | CapNhatLuc             | MALFORMED",
            "\"TienDo\":[{\"NguoiXuLy\":\"012345678901234567890123456789012345678901234567890\"}] | TienDo[0].NguoiXuLy | TOO_LONG",
    })
    void refusesABadFieldNamingTheDossierAndTheField(String extra, String field, Problem problem) throws Exception {
        Checked c = mapper.check(record(extra), 3, "p");

        assertThat(c).isInstanceOf(Checked.Invalid.class);
        Violation v = ((Checked.Invalid) c).violation();
        assertThat(v.field()).isEqualTo(field);
        assertThat(v.problem()).isEqualTo(problem);
        assertThat(v.message()).startsWith("Hồ sơ HS-1: ").contains(field);
        assertThat(v.messageEn()).startsWith("dossier HS-1: ").contains(field);
    }

    @Test
    void refusesOversizedTrichYeuRatherThanTruncatingIt() throws Exception {
        Checked c = mapper.check(record("\"TrichYeuHoSo\":\"" + "ạ".repeat(1001) + "\""), 0, "p");

        Violation v = ((Checked.Invalid) c).violation();
        assertThat(v.problem()).isEqualTo(Problem.TOO_LONG);
        assertThat(v.message()).contains("1001").contains("1000");
    }

    @Test
    void aRecordWithoutMaHoSoIsNamedByItsPlaceOnThePage() throws Exception {
        Checked c = mapper.check(json.readTree("{\"MaTTHC\":\"2.000477\"}"), 7, "2025-03-04T00:00:00Z");

        assertThat(c.maHoSo()).isEqualTo("?2025-03-04T00:00:00Z#7");
        assertThat(((Checked.Invalid) c).violation().field()).isEqualTo("MaHoSo");
    }

    @Test
    void capNhatLucIsReadExactlyAsOffsetDateTimeReadsIt() {
        java.util.List<String> samples = new java.util.ArrayList<>(java.util.List.of("2025-03-04T08:15:00+07:00",
                "2025-03-04T08:15:00Z", "2025-03-04T08:15:00-00:00", "2025-02-29T08:15:00+07:00", "2024-02-29T23:59:59+07:00",
                "2025-03-04t08:15:00+07:00", "2025-03-04T08:15:00z", "2025-03-04T08:15:00+18:00", "2025-03-04T08:15:00+18:01",
                "2025-03-04T08:15:00+19:00", "2025-03-04T24:00:00+07:00", "2025-03-04T08:15:00.123+07:00",
                "2025-03-04T08:15+07:00", "2025-03-04 08:15:00+07:00", "2025-3-04T08:15:00+07:00", "+2025-03-04T08:15:00Z",
                "2025-03-04T08:15:00+0700", "2025-03-04T08:15:00+07", "2025-13-04T08:15:00+07:00", "0000-01-01T00:00:00Z"));
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        for (int i = 0; i < 20_000; i++) {
            samples.add(String.format("%04d-%02d-%02dT%02d:%02d:%02d%s", r.nextInt(10_000), r.nextInt(14), r.nextInt(33),
                    r.nextInt(26), r.nextInt(62), r.nextInt(62),
                    r.nextInt(5) == 0 ? "Z" : String.format("%s%02d:%02d", r.nextBoolean() ? "+" : "-", r.nextInt(20), r.nextInt(61))));
        }
        int valid = 0;
        for (String s : samples) {
            java.time.Instant expected;
            try {
                expected = java.time.OffsetDateTime.parse(s).toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                expected = null;
            }
            java.time.Instant actual;
            try {
                actual = DossierMapper.isoInstant(s);
            } catch (java.time.format.DateTimeParseException e) {
                actual = null;
            }
            assertThat(actual).as(s).isEqualTo(expected);
            valid += expected == null ? 0 : 1;
        }
        assertThat(valid).isGreaterThan(2_000);
    }
}
