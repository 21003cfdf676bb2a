package vn.dvc.adapter.checks;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

import vn.dvc.adapter.system.AdapterProperties;

/**
 * Checks one source record and maps it to the portal's wire: every dossier field of domain.md §4
 * the source gives, with its value and JSON type (codes are validated, never retyped), text in NFC,
 * real dates in order, the published field limits. The first problem of the dossier refuses the
 * record with a {@link Violation} naming the dossier and the field; nothing is truncated or
 * guessed, so what reaches the portal is what the source holds. A problem in one progress entry
 * holds back that entry only ({@link ProgressIssue}), or shortens a label field when
 * {@code adapter.checks.over-limit} says so. Fields the contract does not know are not sent and are
 * reported as schema drift.
 */
@Component
public class DossierMapper {

    private static final Pattern MA_TTHC = Pattern.compile("\\d{1,2}\\.\\d{6}(\\.[0-9A-Za-z]+)*");
    /** The characters of the portal's codes: MaHoSo goes into links, file names and the portal's own keys. */
    private static final Pattern MA_HO_SO = Pattern.compile("[0-9A-Za-z._-]+");
    private static final String EAUTH_FLAG = "TaiKhoanDuocXacThucVoiVNeID";
    /** Progress text fields with a published limit. */
    private static final Map<String, Integer> PROGRESS_LIMITS = Map.of("NguoiXuLy", Fields.NGUOI_XU_LY_MAX);

    private final ObjectMapper json;
    private final EAuthVerifier eauth;
    private final Set<String> shortened;
    private final Hasher hasher = new Hasher();

    /** With the default policy: {@code NguoiXuLy} is shortened, any other over-long progress text holds its entry. */
    public DossierMapper(ObjectMapper json, EAuthVerifier eauth) {
        this(json, eauth, Set.of("nguoixuly"));
    }

    @org.springframework.beans.factory.annotation.Autowired
    public DossierMapper(ObjectMapper json, EAuthVerifier eauth, AdapterProperties properties) {
        this(json, eauth, properties.checks().shortenedFields());
    }

    DossierMapper(ObjectMapper json, EAuthVerifier eauth, Set<String> shortened) {
        this.json = json;
        this.eauth = eauth;
        this.shortened = shortened;
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
        List<String> unknown = List.of();
        try {
            if (item == null || !item.isObject()) {
                throw in.refuse("", Problem.NOT_A_RECORD, null, null);
            }
            unknown = unknownFields(item, Fields.KNOWN_DOSSIER, "");
            String maHoSo = in.requiredText(item, "MaHoSo");
            if (maHoSo.length() > Fields.MA_HO_SO_MAX || !MA_HO_SO.matcher(maHoSo).matches()) {
                throw in.refuse("MaHoSo", Problem.MALFORMED, maHoSo,
                        "≤ " + Fields.MA_HO_SO_MAX + " ký tự gồm chữ, số và . - _",
                        "≤ " + Fields.MA_HO_SO_MAX + " letters, digits and . - _");
            }
            updatedAt = updatedAt(in, item);
            String maDonVi = in.requiredText(item, "MaDonVi");
            facts = Facts.NONE.withAgency(maDonVi);   // what a record refused from here on is filed under
            ObjectNode dossier = in.copyFields(item, Fields.DOSSIER, "", EAUTH_FLAG);
            facts = checkDossier(in, dossier, maDonVi);
            // The adapter's own verification decides the flag; the source's claim is never copied.
            EAuthResult verdict = eauth.verify(item.get("XacThuc"), facts.kenh(), dossier.path("SoGiayToChuHoSo").asText(null),
                    WireDates.parse(dossier.path("NgayNopHoSo").asText()));
            dossier.put(EAUTH_FLAG, verdict.passed() ? "1" : "0");
            facts = new Facts(facts.maDonVi(), facts.maTTHC(), facts.kenh(), facts.trangThai(), facts.ngayTiepNhan(),
                    facts.ngayHenTra(), facts.ngayKetThuc(), verdict, null, null)
                    .withNational(NationalFacts.of(dossier, item.get("TienDo")));
            List<String> progressWire = new ArrayList<>();
            List<ProgressIssue> issues = new ArrayList<>();
            List<String> progressUnknown = progress(in, item, maHoSo, progressWire, issues);
            if (!progressUnknown.isEmpty()) {
                unknown = concat(unknown, progressUnknown);
            }
            // Serialised once: this text is hashed, kept in the ledger and sent as it is.
            String wire = write(dossier);
            return new Checked.Valid(maHoSo, updatedAt, facts, dossier, progressWire, issues, wire, hasher.hash(wire), unknown);
        } catch (RecordReader.Refused refused) {
            if (facts.maDonVi() == null && item != null && item.path("MaDonVi").isTextual()) {
                facts = Facts.NONE.withAgency(item.path("MaDonVi").asText());   // refused before it was read
            }
            return new Checked.Invalid(key, updatedAt, facts, refused.violation(), item == null ? "" : hasher.hash(write(item)),
                    unknown);
        }
    }

    /**
     * The dossier as the portal holds it, in the same canonical form as a mapped dossier: the
     * contract's fields in its order (the portal's own fields left out), nested keys sorted, NFC.
     */
    public ObjectNode canonical(JsonNode portalDossier) {
        RecordReader in = new RecordReader(portalDossier.path("MaHoSo").asText("?"), json);
        try {
            return in.copyFields(portalDossier, Fields.DOSSIER, "");
        } catch (RecordReader.Refused refused) {
            // a control character at the portal: it cannot be what we sent, so its raw form will differ
            return (ObjectNode) portalDossier.deepCopy();
        }
    }

    /** The content hash of the portal's copy: equal to the ledger's when the portal holds exactly what was sent. */
    public String canonicalHash(JsonNode portalDossier) {
        return hasher.hash(write(canonical(portalDossier)));
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
            throw in.refuse("MaTTHC", Problem.MALFORMED, maTTHC, "mã TTHC như 2.000477 hoặc 2.000477.000.00.00.H56",
                    "a procedure code such as 2.000477 or 2.000477.000.00.00.H56");
        }
        in.requiredText(d, "ChuHoSo");
        int kenh = in.code(d, "KenhThucHien", 1, 3, true);
        int trangThai = in.code(d, "TrangThaiHoSo", 1, 10, true);
        in.code(d, "LoaiDoiTuong", 1, 4, false);
        in.code(d, "HinhThuc", 0, 3, false);
        in.code(d, "DuocThanhToanTrucTuyen", 0, 2, false);
        in.code(d, "HoSoCoThanhPhanSoHoa", 0, 1, false);
        LocalDateTime nop = in.requiredDate(d, "NgayNopHoSo");
        LocalDateTime tiepNhan = in.date(d, "NgayTiepNhan");
        LocalDateTime henTra = in.date(d, "NgayHenTra");
        LocalDateTime tra = in.date(d, "NgayTra");
        LocalDateTime tuChoi = in.date(d, "NgayTuChoi");
        LocalDateTime ketThuc = in.date(d, "NgayKetThucXuLy");
        in.notBefore("NgayTiepNhan", tiepNhan, "NgayNopHoSo", nop);
        in.notBefore("NgayHenTra", henTra, "NgayTiepNhan", tiepNhan);
        in.notBefore("NgayKetThucXuLy", ketThuc, "NgayTiepNhan", tiepNhan);
        in.notBefore("NgayTra", tra, "NgayTiepNhan", tiepNhan);
        in.notBefore("NgayTuChoi", tuChoi, "NgayNopHoSo", nop);
        in.maxLength(d, "TrichYeuHoSo", Fields.TRICH_YEU_MAX);
        for (String list : Fields.LISTS) {
            in.list(d, list);
        }
        checkItems(in, d);
        return new Facts(maDonVi, maTTHC, kenh, trangThai, tiepNhan, henTra, ketThuc, null, null, null);
    }

    /** The rules domain.md §4 gives for items of the lists; everything else in them is passed on whole. */
    private static void checkItems(RecordReader in, ObjectNode d) {
        int i = 0;
        for (JsonNode file : d.path("TaiLieuNop")) {
            String at = "TaiLieuNop[" + i++ + "].";
            in.maxLength(file, at + "TenTepDinhKem", "TenTepDinhKem", Fields.TEN_TEP_MAX);
            in.code(file, at + "DuocSoHoa", "DuocSoHoa", 0, 1, false);
            in.code(file, at + "DuocTaiSuDung", "DuocTaiSuDung", 0, 1, false);
            in.code(file, at + "DuocLayTuKhoDMQG", "DuocLayTuKhoDMQG", 0, 1, false);
        }
        i = 0;
        for (JsonNode id : d.path("DinhDanhCHS")) {
            String at = "DinhDanhCHS[" + i++ + "].";
            Integer loai = in.code(id, at + "LoaiDinhDanh", "LoaiDinhDanh", 1, 2, true);
            String number = id.path("SoDinhDanh").asText("");
            int digits = loai == 1 ? 12 : 9;
            if (!id.path("SoDinhDanh").isTextual() || !RecordReader.digits(number, digits, digits)) {
                throw in.refuse(at + "SoDinhDanh", Problem.MALFORMED, number, digits + " chữ số (LoaiDinhDanh " + loai + ")",
                        digits + " digits (LoaiDinhDanh " + loai + ")");
            }
        }
        i = 0;
        for (JsonNode db : d.path("DSKetNoiCSDL")) {
            String at = "DSKetNoiCSDL[" + i++ + "].";
            JsonNode code = db.get("MaCSDL");
            if (code == null || !code.isTextual() || code.asText().isBlank()) {
                throw in.refuse(at + "MaCSDL", Problem.MISSING, null, null);
            }
        }
    }

    /**
     * Maps the progress history into {@code wire} (one text per entry, null for an entry held
     * back) and {@code issues}; returns the entries' unknown field names. Only a history that is
     * not a list at all refuses the dossier: there is no entry to hold back.
     */
    private List<String> progress(RecordReader in, JsonNode item, String maHoSo, List<String> wire,
                                  List<ProgressIssue> issues) {
        JsonNode history = item.get("TienDo");
        if (history == null || history.isNull()) {
            return List.of();
        }
        if (!history.isArray()) {
            throw in.refuse("TienDo", Problem.MALFORMED, history.toString(), "danh sách tiến độ", "a list of progress entries");
        }
        List<String> unknown = List.of();
        for (int i = 0; i < history.size(); i++) {
            JsonNode raw = history.get(i);
            if (raw.isObject()) {
                List<String> extra = unknownFields(raw, Fields.KNOWN_PROGRESS, "TienDo.");
                unknown = extra.isEmpty() ? unknown : concat(unknown, extra);
            }
            try {
                wire.add(write(entry(in, raw, "TienDo[" + i + "]", maHoSo, i, issues)));
            } catch (RecordReader.Refused refused) {
                wire.add(null);
                issues.add(ProgressIssue.held(i, refused.violation()));
            }
        }
        return unknown;
    }

    private ObjectNode entry(RecordReader in, JsonNode raw, String path, String maHoSo, int index,
                             List<ProgressIssue> issues) {
        if (!raw.isObject()) {
            throw in.refuse(path, Problem.MALFORMED, raw.toString(), "đối tượng tiến độ", "a progress entry object");
        }
        ObjectNode entry = in.copyFields(raw, Fields.PROGRESS, path + ".", "MaHoSo");
        JsonNode owner = raw.get("MaHoSo");
        if (owner == null || owner.isNull()) {
            entry.put("MaHoSo", maHoSo);
        } else if (!maHoSo.equals(owner.asText())) {
            throw in.refuse(path + ".MaHoSo", Problem.MALFORMED, owner.asText(), maHoSo);
        }
        for (Map.Entry<String, Integer> limit : PROGRESS_LIMITS.entrySet()) {
            String field = limit.getKey();
            JsonNode value = entry.get(field);
            int max = limit.getValue();
            if (value != null && value.isTextual() && shortened.contains(field.toLowerCase(java.util.Locale.ROOT)) && length(value.asText()) > max) {
                String text = value.asText();
                entry.put(field, text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…");
                Violation shortenedBy = new Violation(maHoSo, path + "." + field, Problem.TOO_LONG, String.valueOf(length(text)),
                        String.valueOf(max));
                issues.add(new ProgressIssue(index, path + "." + field, ProgressIssue.Action.SHORTENED, Problem.TOO_LONG,
                        shortenedBy.message(), shortenedBy.messageEn(), text));
            }
            in.maxLength(entry, path + "." + field, field, max);
        }
        in.code(entry, path + ".TrangThai", "TrangThai", 1, 10, false);
        for (String date : Fields.PROGRESS_DATES) {
            in.date(entry, path + "." + date, date);
        }
        return entry;
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Field names of {@code record} outside {@code known}, with {@code prefix}; most records have none. */
    private static List<String> unknownFields(JsonNode record, Set<String> known, String prefix) {
        List<String> unknown = null;
        for (java.util.Iterator<String> names = record.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                if (unknown == null) {
                    unknown = new ArrayList<>(2);
                }
                unknown.add(prefix + name);
            }
        }
        return unknown == null ? List.of() : unknown;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Instant updatedAt(RecordReader in, JsonNode item) {
        String text = in.requiredText(item, "CapNhatLuc");
        try {
            return isoInstant(text);
        } catch (DateTimeParseException e) {
            throw in.refuse("CapNhatLuc", Problem.MALFORMED, text, "ISO-8601 có múi giờ, như 2025-03-04T08:15:00+07:00",
                    "ISO-8601 with an offset, such as 2025-03-04T08:15:00+07:00");
        }
    }

    /**
     * {@link OffsetDateTime#parse} with a shortcut for the form every source record has
     * ({@code 2025-03-04T08:15:00+07:00}, or {@code Z}): the formatter cost as much as half the checks.
     * Anything else, valid or not, goes to the formatter, so both accept exactly the same.
     */
    public static Instant isoInstant(String text) {
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
        if (id != null && id.isTextual() && id.asText().length() <= Fields.MA_HO_SO_MAX
                && MA_HO_SO.matcher(id.asText()).matches()) {
            return id.asText();
        }
        return "?" + pageRef + "#" + position;
    }
}
