package vn.dvc.adapter.source.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.junit.jupiter.api.Test;

/** The built-in opencps profile's mapping (config/sources/opencps/dossier.jslt), row by row, without a database. */
class OpenCpsMappingTest {

    private final ObjectMapper json = new ObjectMapper();
    private final Profile profile = Profiles.load("opencps", json);

    private JsonNode map(String dossier, String actions, String files, String payments, String mappings) throws Exception {
        ObjectNode input = json.createObjectNode();
        input.set("dossier", json.readTree(dossier));
        input.set("actions", json.readTree(actions));
        input.set("files", json.readTree(files));
        input.set("payments", json.readTree(payments));
        return profile.dossier().apply(Map.of("codes", profile.codes(), "status_mappings", json.readTree(mappings),
                "file_url", TextNode.valueOf("https://motcua.example.gov.vn/documents/{fileEntryId}")), input);
    }

    private static final String DOSSIER = """
            {"dossier_key": 7, "group_id": 35417, "dossier_no": "000.00.12.H25-250304-0001", "service_code": "HB-DD-01",
             "service_name": "Tách thửa đất", "service_code_dvcqg": "1.010664.000.00.12.H25",
             "gov_agency_code": "000.00.12.H25", "gov_agency_name": "Sở Tài nguyên và Môi trường",
             "applicant_name": "Nguyễn Văn An", "applicant_id_type": "citizen", "applicant_id_no": "001099012345",
             "contact_tel_no": "0912345678", "contact_email": "an@example.vn", "dossier_name": "", "brief_note": "Tách thửa",
             "dossier_note": "Ghi chú", "submit_date": "2025-03-04T01:02:03Z", "receive_date": "2025-03-04T02:00:00Z",
             "due_date": "2025-03-14T02:00:00Z", "release_date": null, "finish_date": null,
             "dossier_status": "processing", "dossier_sub_status": "", "online": true, "via_postal": 2}""";

    @Test
    void mapsEveryFieldOfTheTableAndWritesDatesInVietnamTime() throws Exception {
        JsonNode d = map(DOSSIER, """
                [{"dossier_key": 7, "action_user": "Phạm Thị Lan", "action_name": "Tiếp nhận", "step_name": "Một cửa",
                  "create_date": "2025-03-04T02:00:00Z", "due_date": "2025-03-14T02:00:00Z", "step_status": "receiving", "step_sub_status": ""}]""",
                """
                [{"file_id": 11, "part_no": "TP1", "part_type": 1, "display_name": "Tờ khai.pdf", "file_entry_id": 901},
                 {"file_id": 12, "part_no": "KQ1", "part_type": 2, "display_name": "Quyết định.pdf", "file_entry_id": 902}]""",
                """
                [{"payment_fee": "Lệ phí", "payment_amount": 50000, "payment_method": "Keypay", "confirmed_at": "2025-03-05T00:00:00Z"}]""",
                "[]");

        assertThat(d.get("MaHoSo").asText()).isEqualTo("000.00.12.H25-250304-0001");
        assertThat(d.get("MaTTHC").asText()).isEqualTo("1.010664.000.00.12.H25");
        assertThat(d.get("MaDonVi").asText()).isEqualTo("000.00.12.H25");
        assertThat(d.get("KenhThucHien")).isEqualTo(TextNode.valueOf("2"));
        assertThat(d.get("LoaiDoiTuong")).isEqualTo(TextNode.valueOf("1"));
        assertThat(d.get("DinhDanhCHS").toString()).isEqualTo("[{\"LoaiDinhDanh\":\"1\",\"SoDinhDanh\":\"001099012345\"}]");
        assertThat(d.get("TrichYeuHoSo").asText()).isEqualTo("Tách thửa");   // dossierName empty: briefNote
        assertThat(d.get("NgayNopHoSo").asText()).isEqualTo("20250304080203");   // 01:02:03 UTC is 08:02:03 in Hà Nội
        assertThat(d.get("TrangThaiHoSo")).isEqualTo(TextNode.valueOf("4"));
        assertThat(d.has("NgayTra")).isFalse();   // NULL: no value
        assertThat(d.get("HinhThuc")).isEqualTo(TextNode.valueOf("1"));
        assertThat(d.get("DuocThanhToanTrucTuyen")).isEqualTo(TextNode.valueOf("2"));
        assertThat(d.get("TaiLieuNop")).hasSize(1);
        assertThat(d.get("TaiLieuNop").get(0).get("DuongDanTaiTepTin").asText()).isEqualTo("https://motcua.example.gov.vn/documents/901");
        assertThat(d.get("DanhSachGiayToKetQua").get(0).get("TenGiayTo").asText()).isEqualTo("Quyết định.pdf");
        assertThat(d.get("DanhSachLePhi").get(0).get("Gia").isNumber()).isTrue();
        assertThat(d.get("TienDo").get(0).get("TrangThai")).isEqualTo(TextNode.valueOf("2"));
        assertThat(d.get("TienDo").get(0).get("NguoiXuLy").asText()).isEqualTo("Phạm Thị Lan");
    }

    @Test
    void theProvincesOwnStatusMappingComesFirstThenOpenCpsWordsAndAnUnknownWordStaysAsItIs() throws Exception {
        String mappings = """
                [{"group_id": 35417, "status_code": "processing", "sub_status_code": "", "status_code_dvcqg": "5"},
                 {"group_id": 35417, "status_code": "interoperating", "sub_status_code": "x", "status_code_dvcqg": "4"}]""";
        assertThat(map(DOSSIER, "[]", "[]", "[]", mappings).get("TrangThaiHoSo").asText()).isEqualTo("5");
        String unknown = DOSSIER.replace("\"processing\"", "\"interoperating\"");
        assertThat(map(unknown, "[]", "[]", "[]", mappings).get("TrangThaiHoSo").asText()).isEqualTo("interoperating");
        assertThat(map(unknown.replace("\"dossier_sub_status\": \"\"", "\"dossier_sub_status\": \"x\""), "[]", "[]", "[]", mappings)
                .get("TrangThaiHoSo").asText()).isEqualTo("4");
        assertThat(map(DOSSIER.replace("\"online\": true", "\"online\": false").replace("\"via_postal\": 2", "\"via_postal\": 0"),
                "[]", "[]", "[]", "[]").path("KenhThucHien").asText()).isEqualTo("1");
    }
}
