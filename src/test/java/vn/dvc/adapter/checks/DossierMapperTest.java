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
        assertThat(v.progressWire()).hasSize(1);
        assertThat(v.progressIssues()).isEmpty();
        assertThat(v.unknownFields()).isEmpty();
        assertThat(v.facts().maDonVi()).isEqualTo("000.00.12.H25");
        assertThat(v.hash()).hasSize(64);
    }

    @Test
    void theWireIsTheDossiersUtf8BytesAndTheHashIsTheirs() throws Exception {
        Checked.Valid v = (Checked.Valid) mapper.check(record("\"TrichYeuHoSo\":\"Cấp đổi 😀 giấy phép\""), 0, "p");

        byte[] text = json.writeValueAsString(v.dossier()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(v.wire().asUnquotedUTF8()).isEqualTo(text);   // the hash a ledger holds from before is the same
        assertThat(v.hash()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(text)));
        assertThat(v.wire().toString()).contains("Cấp đổi 😀 giấy phép");
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
            "\"ChuHoSo\":\"An \\ud83d\"              | ChuHoSo                | INVALID_UNICODE",
            "\"TrichYeuHoSo\":\"\\ude00 x\"          | TrichYeuHoSo           | INVALID_UNICODE",
            "\"DSKetNoiCSDL\":[{\"MaCSDL\":\"X\",\"\\ud83dy\":\"1\"}] | DSKetNoiCSDL[0]        | INVALID_UNICODE",
            "\"MaTTHC\":\"thu-tuc-1\"                | MaTTHC                 | MALFORMED",
            "\"CapNhatLuc\":\"hôm qua\"              | CapNhatLuc             | MALFORMED",
            "\"MaHoSo\":\"../../etc/passwd?x=1#frag\"  | MaHoSo                 | MALFORMED",
            "\"TienDo\":{\"NguoiXuLy\":\"An\"}      | TienDo                 | MALFORMED",
            "\"DinhDanhCHS\":[{\"LoaiDinhDanh\":\"1\",\"SoDinhDanh\":\"12345\"}] | DinhDanhCHS[0].SoDinhDanh | MALFORMED",
            "\"DinhDanhCHS\":[{\"LoaiDinhDanh\":\"3\",\"SoDinhDanh\":\"123456789\"}] | DinhDanhCHS[0].LoaiDinhDanh | UNKNOWN_CODE",
            "\"TaiLieuNop\":[{\"DuocSoHoa\":\"2\"}] | TaiLieuNop[0].DuocSoHoa | UNKNOWN_CODE",
            "\"DSKetNoiCSDL\":\"CSDLQGDC\"            | DSKetNoiCSDL           | MALFORMED",
            "\"NgayTuChoi\":\"20250230000000\"        | NgayTuChoi             | INVALID_DATE",
            "\"DuocThanhToanTrucTuyen\":\"3\"         | DuocThanhToanTrucTuyen | UNKNOWN_CODE",
    })
    void refusesABadFieldNamingTheDossierAndTheField(String extra, String field, Problem problem) throws Exception {
        Checked c = mapper.check(record(extra), 3, "p");

        assertThat(c).isInstanceOf(Checked.Invalid.class);
        Violation v = ((Checked.Invalid) c).violation();
        assertThat(v.field()).isEqualTo(field);
        assertThat(v.problem()).isEqualTo(problem);
        String id = field.equals("MaHoSo") ? "?p#3" : "HS-1";   // a MaHoSo outside the codes' characters names no dossier
        assertThat(v.message()).startsWith("Hồ sơ " + id + ": ").contains(field);
        assertThat(v.messageEn()).startsWith("dossier " + id + ": ").contains(field);
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
                actual = WireDates.isoInstant(s);
            } catch (java.time.format.DateTimeParseException e) {
                actual = null;
            }
            assertThat(actual).as(s).isEqualTo(expected);
            valid += expected == null ? 0 : 1;
        }
        assertThat(valid).isGreaterThan(2_000);
    }

    @Test
    void codesKeepTheJsonTypeTheSourceGaveThem() throws Exception {
        Checked.Valid strings = (Checked.Valid) mapper.check(record("\"HinhThuc\":\"0\",\"DuocThanhToanTrucTuyen\":\"2\""), 0, "p");
        Checked.Valid numbers = (Checked.Valid) mapper.check(record("\"KenhThucHien\":3,\"TrangThaiHoSo\":10"), 0, "p");

        assertThat(strings.dossier().get("KenhThucHien").isTextual()).isTrue();
        assertThat(strings.dossier().get("TrangThaiHoSo").asText()).isEqualTo("4");
        assertThat(strings.dossier().get("TrangThaiHoSo").isTextual()).isTrue();
        assertThat(strings.dossier().get("HinhThuc").isTextual()).isTrue();
        assertThat(strings.wire().toString()).contains("\"DuocThanhToanTrucTuyen\":\"2\"", "\"LoaiDoiTuong\":\"1\"");
        assertThat(numbers.dossier().get("KenhThucHien").isInt()).isTrue();   // an older source's numbers stay numbers
        assertThat(numbers.dossier().get("TrangThaiHoSo").intValue()).isEqualTo(10);
        // the adapter's own verdict, as a string like every flag
        assertThat(strings.dossier().get("TaiKhoanDuocXacThucVoiVNeID").asText()).isEqualTo("0");
        assertThat(strings.dossier().get("TaiKhoanDuocXacThucVoiVNeID").isTextual()).isTrue();
        assertThat(strings.progressWire().get(0).toString()).contains("\"TrangThai\":\"2\"");
    }

    @Test
    void everyContractFieldIsPassedOnWholeAndOthersAreReportedAsDrift() throws Exception {
        String extra = """
                "DinhDanhCHS":[{"LoaiDinhDanh":"1","SoDinhDanh":"017090001234"}],"NoiNopHoSo":"Bộ phận Một cửa",
                "DSKetNoiCSDL":[{"MaCSDL":"CSDLQGDC"}],"DanhSachHoSoBoSung":[{"NgayYeuCauBoSung":"20250305080000","Ghi":"x"}],
                "DanhSachTepDinhKemKhac":[{"TenGiayTo":"Bản chính","SoLuong":"1","LoaiGiayTo":"1"}],"ThongTinTra":"Tại quầy",
                "ThongTinKhac":"","Fax":"02183850000","NgayTuChoi":null,"TaiKhoanDuocXacThucVoiVNeID":"1",
                "TaiLieuNop":[{"TepDinhKemId":"a","TenTepDinhKem":"To khai.pdf","DuocSoHoa":"1","DuocLayTuKhoDMQG":"0","Moi":true}],
                "MaVach":"8935","TienDo":[{"NguoiXuLy":"Bình","TrangThai":"2","KySo":"x"}]""";
        Checked.Valid v = (Checked.Valid) mapper.check(record(extra), 0, "p");
        JsonNode source = record(extra);

        for (String field : java.util.List.of("DinhDanhCHS", "NoiNopHoSo", "DSKetNoiCSDL", "DanhSachHoSoBoSung",
                "DanhSachTepDinhKemKhac", "ThongTinTra", "ThongTinKhac", "Fax", "NgayTuChoi", "TaiLieuNop")) {
            assertThat(v.dossier().get(field)).as(field).isEqualTo(source.get(field));
        }
        assertThat(v.dossier().has("MaVach")).isFalse();
        assertThat(v.unknownFields()).containsExactly("MaVach", "TienDo.KySo");
        // the source's claim of e-authentication is never copied: the adapter's verdict replaces it
        assertThat(v.dossier().get("TaiKhoanDuocXacThucVoiVNeID").asText()).isEqualTo("0");
        // the contract's order, whatever the source's
        assertThat(names(v.dossier()))
                .isEqualTo(Fields.DOSSIER.stream().filter(v.dossier()::has).toList());
    }

    @Test
    void anOverLongOfficerNameIsShortenedAndTheDossierGoesWithItsOtherEntries() throws Exception {
        String name = "Nguyễn Văn Bình - Chuyên viên, Phòng Hành chính tư pháp, Sở Tư pháp tỉnh Hòa Bình";
        String extra = "\"TienDo\":[{\"NguoiXuLy\":\"An\",\"TrangThai\":\"2\"},{\"NguoiXuLy\":\"" + name
                + "\",\"TrangThai\":\"4\"},{\"NguoiXuLy\":\"Chi\",\"TrangThai\":\"4\"}]";

        Checked.Valid v = (Checked.Valid) mapper.check(record(extra), 0, "p");

        assertThat(v.progressWire()).hasSize(3).doesNotContainNull();
        String sent = json.readTree(v.progressWire().get(1).toString()).get("NguoiXuLy").asText();
        assertThat(sent.codePointCount(0, sent.length())).isEqualTo(50);
        assertThat(sent).startsWith(name.substring(0, 49)).endsWith("…");
        assertThat(v.progressIssues()).singleElement().satisfies(i -> {
            assertThat(i.entry()).isEqualTo(1);
            assertThat(i.action()).isEqualTo(ProgressIssue.Action.SHORTENED);
            assertThat(i.original()).isEqualTo(name);
            assertThat(i.field()).isEqualTo("TienDo[1].NguoiXuLy");
        });
    }

    @Test
    void withTheHoldPolicyOrAnyOtherDefectOnlyThatEntryIsHeldBack() throws Exception {
        DossierMapper holding = new DossierMapper(json, new EAuthVerifier(TestProperties.sso("http://127.0.0.1:1/jwks")),
                java.util.Set.of());
        String extra = "\"TienDo\":[{\"NguoiXuLy\":\"An\",\"TrangThai\":\"2\"},{\"NguoiXuLy\":\"" + "x".repeat(51)
                + "\"},{\"NguoiXuLy\":\"Chi\",\"TrangThai\":\"12\"},{\"NguoiXuLy\":\"Dũng\",\"ThoiDiemXuLy\":\"2025\"},"
                + "{\"NguoiXuLy\":\"Em\",\"TrangThai\":\"9\"}]";

        Checked.Valid v = (Checked.Valid) holding.check(record(extra), 0, "p");

        assertThat(v.progressWire()).hasSize(5);
        assertThat(v.progressWire().get(0).toString()).contains("\"An\"");
        assertThat(v.progressWire().get(1)).isNull();
        assertThat(v.progressWire().get(2)).isNull();
        assertThat(v.progressWire().get(3)).isNull();
        assertThat(v.progressWire().get(4).toString()).contains("\"Em\"");
        assertThat(v.progressIssues()).extracting(ProgressIssue::entry, ProgressIssue::action, ProgressIssue::problem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, ProgressIssue.Action.HELD, Problem.TOO_LONG),
                        org.assertj.core.groups.Tuple.tuple(2, ProgressIssue.Action.HELD, Problem.UNKNOWN_CODE),
                        org.assertj.core.groups.Tuple.tuple(3, ProgressIssue.Action.HELD, Problem.INVALID_DATE));
        assertThat(v.progressIssues().get(0).message()).startsWith("Hồ sơ HS-1: ").contains("TienDo[1].NguoiXuLy", "51", "50");
    }

    @Test
    void thePortalsCopyHashesLikeTheMappedDossierWhateverItsKeyOrder() throws Exception {
        Checked.Valid v = (Checked.Valid) mapper.check(record(
                "\"TaiLieuNop\":[{\"TepDinhKemId\":\"a\",\"TenTepDinhKem\":\"b.pdf\",\"DuocSoHoa\":\"1\"}]"), 0, "p");
        com.fasterxml.jackson.databind.node.ObjectNode reordered = json.createObjectNode();
        java.util.List<String> names = names(v.dossier());
        java.util.Collections.reverse(names);
        names.forEach(n -> reordered.set(n, v.dossier().get(n)));
        reordered.putArray("TaiLieuNop").addObject().put("DuocSoHoa", "1").put("TenTepDinhKem", "b.pdf").put("TepDinhKemId", "a");
        reordered.put("NgayCapNhatCong", "20260101000000");   // a field of the portal's own

        assertThat(mapper.canonicalHash(v.dossier())).isEqualTo(v.hash());
        assertThat(mapper.canonicalHash(reordered)).isEqualTo(v.hash());
        reordered.put("TrichYeuHoSo", "khác");
        assertThat(mapper.canonicalHash(reordered)).isNotEqualTo(v.hash());
    }

    private static java.util.List<String> names(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void anUnreadableRecordIsRefusedWithTheSourcesReasonNamingTheDossierAndTheField() {
        var u = new vn.dvc.adapter.source.Unreadable("HS-9", "000.00.12.H25", java.time.Instant.parse("2025-03-04T01:00:00Z"),
                "TrichYeuHoSo", "byte C3 28 không phải UTF-8", "byte C3 28 is not UTF-8", "{\"MaHoSo\":\"HS-9\"}");
        Checked c = mapper.check(u.node(), 3, "p");

        assertThat(c).isInstanceOf(Checked.Invalid.class);
        Checked.Invalid bad = (Checked.Invalid) c;
        assertThat(bad.maHoSo()).isEqualTo("HS-9");
        assertThat(bad.updatedAt()).isEqualTo(java.time.Instant.parse("2025-03-04T01:00:00Z"));
        assertThat(bad.facts().maDonVi()).isEqualTo("000.00.12.H25");
        assertThat(bad.violation().problem()).isEqualTo(Problem.UNREADABLE);
        assertThat(bad.violation().message()).contains("HS-9", "TrichYeuHoSo", "C3 28");
        assertThat(bad.violation().messageEn()).contains("dossier HS-9", "TrichYeuHoSo cannot be read", "not UTF-8");
        // without a usable MaHoSo it is named by its place on the page, as other broken records are
        var nameless = new vn.dvc.adapter.source.Unreadable(null, null, null, "", "?", "?", "\uFFFD");
        assertThat(mapper.check(nameless.node(), 3, "p").maHoSo()).isEqualTo("?p#3");
    }
}
