package vn.dvc.adapter.checks;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Checks one source record and maps it to the portal's wire: text in NFC, codes within the
 * portal's lists, real dates in order, the published field limits. The first problem found
 * refuses the record with a {@link Violation} naming the dossier and the field; nothing is
 * truncated or guessed, so what reaches the portal is what the source holds.
 */
@Component
public class DossierMapper {

    private static final Pattern MA_TTHC = Pattern.compile("\\d{1,2}\\.\\d{6}(\\.[0-9A-Za-z]+)*");

    private final ObjectMapper json;
    private final EAuthVerifier eauth;
    private final Hasher hasher = new Hasher();

    public DossierMapper(ObjectMapper json, EAuthVerifier eauth) {
        this.json = json;
        this.eauth = eauth;
    }

    /**
     * @param position the record's place on its page, to name a record that has no usable MaHoSo
     * @param pageRef  where the page starts, for the same purpose
     */
    public Checked check(JsonNode item, int position, String pageRef) {
        String key = keyOf(item, position, pageRef);
        RecordReader in = new RecordReader(key, json);
        Instant updatedAt = null;
        Facts facts = Facts.NONE;
        try {
            if (item == null || !item.isObject()) {
                throw in.refuse("", Problem.NOT_A_RECORD, null, null);
            }
            String maHoSo = in.requiredText(item, "MaHoSo");
            if (maHoSo.length() > Fields.MA_HO_SO_MAX || maHoSo.isBlank() || !maHoSo.strip().equals(maHoSo)) {
                throw in.refuse("MaHoSo", Problem.MALFORMED, maHoSo, "≤ " + Fields.MA_HO_SO_MAX + " ký tự, không khoảng trắng đầu/cuối");
            }
            updatedAt = updatedAt(in, item);
            String maDonVi = in.requiredText(item, "MaDonVi");
            ObjectNode dossier = in.copyFields(item, Fields.DOSSIER, "");
            facts = checkDossier(in, dossier, maDonVi);
            // The adapter's own verification decides the flag; the source's claim is never copied.
            EAuthResult verdict = eauth.verify(item.get("XacThuc"), facts.kenh(), dossier.path("SoGiayToChuHoSo").asText(null),
                    WireDates.parse(dossier.path("NgayNopHoSo").asText()));
            dossier.put("TaiKhoanDuocXacThucVoiVNeID", verdict.passed() ? 1 : 0);
            facts = new Facts(facts.maDonVi(), facts.maTTHC(), facts.kenh(), facts.trangThai(), facts.ngayTiepNhan(),
                    facts.ngayHenTra(), facts.ngayKetThuc(), verdict, null, null);
            List<ObjectNode> progress = progress(in, item, maHoSo);
            // Serialised once: these texts are hashed, kept in the ledger and sent as they are.
            String wire = write(dossier);
            List<String> progressWire = new ArrayList<>(progress.size());
            progress.forEach(p -> progressWire.add(write(p)));
            return new Checked.Valid(maHoSo, updatedAt, facts, dossier, progress, wire, progressWire, hasher.hash(wire));
        } catch (RecordReader.Refused refused) {
            return new Checked.Invalid(key, updatedAt, facts, refused.violation(), item == null ? "" : hasher.hash(write(item)));
        }
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a mapped dossier", e);
        }
    }

    private Facts checkDossier(RecordReader in, ObjectNode d, String maDonVi) {
        String maTTHC = in.requiredText(d, "MaTTHC");
        if (!MA_TTHC.matcher(maTTHC).matches()) {
            throw in.refuse("MaTTHC", Problem.MALFORMED, maTTHC, "mã TTHC như 2.000477 hoặc 2.000477.000.00.00.H56");
        }
        in.requiredText(d, "ChuHoSo");
        int kenh = in.code(d, "KenhThucHien", 1, 3, true);
        int trangThai = in.code(d, "TrangThaiHoSo", 1, 10, true);
        in.code(d, "LoaiDoiTuong", 1, 4, false);
        LocalDateTime nop = in.requiredDate(d, "NgayNopHoSo");
        LocalDateTime tiepNhan = in.date(d, "NgayTiepNhan");
        LocalDateTime henTra = in.date(d, "NgayHenTra");
        LocalDateTime tra = in.date(d, "NgayTra");
        LocalDateTime ketThuc = in.date(d, "NgayKetThucXuLy");
        in.notBefore("NgayTiepNhan", tiepNhan, "NgayNopHoSo", nop);
        in.notBefore("NgayHenTra", henTra, "NgayTiepNhan", tiepNhan);
        in.notBefore("NgayKetThucXuLy", ketThuc, "NgayTiepNhan", tiepNhan);
        in.notBefore("NgayTra", tra, "NgayTiepNhan", tiepNhan);
        in.maxLength(d, "TrichYeuHoSo", Fields.TRICH_YEU_MAX);
        JsonNode files = d.get("TaiLieuNop");
        if (files != null && files.isArray()) {
            for (int i = 0; i < files.size(); i++) {
                in.maxLength(files.get(i), "TaiLieuNop[" + i + "].TenTepDinhKem", "TenTepDinhKem", Fields.TEN_TEP_MAX);
            }
        }
        return new Facts(maDonVi, maTTHC, kenh, trangThai, tiepNhan, henTra, ketThuc, null, null, null);
    }

    private List<ObjectNode> progress(RecordReader in, JsonNode item, String maHoSo) {
        JsonNode history = item.get("TienDo");
        if (history == null || history.isNull()) {
            return List.of();
        }
        if (!history.isArray()) {
            throw in.refuse("TienDo", Problem.MALFORMED, history.toString(), "danh sách tiến độ");
        }
        List<ObjectNode> entries = new ArrayList<>(history.size());
        for (int i = 0; i < history.size(); i++) {
            String path = "TienDo[" + i + "]";
            JsonNode raw = history.get(i);
            if (!raw.isObject()) {
                throw in.refuse(path, Problem.MALFORMED, raw.toString(), "đối tượng tiến độ");
            }
            ObjectNode entry = in.copyFields(raw, Fields.PROGRESS, path + ".");
            JsonNode owner = entry.get("MaHoSo");
            if (owner == null || owner.isNull()) {
                entry.put("MaHoSo", maHoSo);
            } else if (!maHoSo.equals(owner.asText())) {
                throw in.refuse(path + ".MaHoSo", Problem.MALFORMED, owner.asText(), maHoSo);
            }
            in.maxLength(entry, path + ".NguoiXuLy", "NguoiXuLy", Fields.NGUOI_XU_LY_MAX);
            in.code(entry, path + ".TrangThai", "TrangThai", 1, 10, false);
            for (String date : Fields.PROGRESS_DATES) {
                in.date(entry, path + "." + date, date);
            }
            entries.add(entry);
        }
        return entries;
    }

    private static Instant updatedAt(RecordReader in, JsonNode item) {
        String text = in.requiredText(item, "CapNhatLuc");
        try {
            return isoInstant(text);
        } catch (DateTimeParseException e) {
            throw in.refuse("CapNhatLuc", Problem.MALFORMED, text, "ISO-8601 có múi giờ, như 2025-03-04T08:15:00+07:00");
        }
    }

    /**
     * {@link OffsetDateTime#parse} with a shortcut for the form every source record has
     * ({@code 2025-03-04T08:15:00+07:00}, or {@code Z}): the formatter cost as much as half the checks.
     * Anything else, valid or not, goes to the formatter, so both accept exactly the same.
     */
    static Instant isoInstant(String text) {
        int n = text.length();
        if ((n == 25 || n == 20) && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':') {
            int offset = Integer.MIN_VALUE;
            if (n == 20 && text.charAt(19) == 'Z') {
                offset = 0;
            } else if (n == 25 && (text.charAt(19) == '+' || text.charAt(19) == '-') && text.charAt(22) == ':') {
                int h = WireDates.number(text, 20, 2);
                int m = WireDates.number(text, 23, 2);
                if (h >= 0 && m >= 0 && m <= 59 && h * 3600 + m * 60 <= 18 * 3600) {
                    offset = (text.charAt(19) == '-' ? -1 : 1) * (h * 3600 + m * 60);
                }
            }
            LocalDateTime local = offset == Integer.MIN_VALUE ? null : WireDates.read(text, 0, 5, 8, 11, 14, 17);
            if (local != null) {
                return local.toInstant(java.time.ZoneOffset.ofTotalSeconds(offset));
            }
        }
        return OffsetDateTime.parse(text).toInstant();
    }

    /** MaHoSo when the record has a usable one, else its place on the page. */
    private static String keyOf(JsonNode item, int position, String pageRef) {
        JsonNode id = item == null ? null : item.get("MaHoSo");
        if (id != null && id.isTextual() && !id.asText().isBlank() && id.asText().length() <= Fields.MA_HO_SO_MAX) {
            return id.asText();
        }
        return "?" + pageRef + "#" + position;
    }
}
