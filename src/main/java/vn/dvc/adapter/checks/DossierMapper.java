package vn.dvc.adapter.checks;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

import vn.dvc.adapter.source.Unreadable;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.JsonText;

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

    private final ObjectMapper json;
    private final EAuthVerifier eauth;
    private final ProgressMapper progress;
    private final Hasher hasher = new Hasher();
    private final ObjectWriter wireWriter;

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
        this.wireWriter = JsonText.writer(json);
        this.eauth = eauth;
        this.progress = new ProgressMapper(shortened, this::wire);
    }

    /**
     * @param position the record's place on its page, to name a record that has no usable MaHoSo
     * @param pageRef  where the page starts, for the same purpose
     */
    public Checked check(JsonNode item, int position, String pageRef) {
        Unreadable unreadable = Unreadable.of(item);
        if (unreadable != null) {
            return unreadable(unreadable, position, pageRef);
        }
        String key = keyOf(item, position, pageRef);
        RecordReader in = new RecordReader(key, json);
        Instant updatedAt = null;
        Facts facts = Facts.NONE;
        List<String> unknown = List.of();
        try {
            if (item == null || !item.isObject()) {
                throw in.refuse("", Problem.NOT_A_RECORD, null, null);
            }
            unknown = Fields.unknown(item, Fields.KNOWN_DOSSIER, "");
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
            List<JsonText> progressWire = new ArrayList<>();
            List<ProgressIssue> issues = new ArrayList<>();
            List<String> progressUnknown = progress.map(in, item, maHoSo, progressWire, issues);
            if (!progressUnknown.isEmpty()) {
                unknown = Fields.concat(unknown, progressUnknown);
            }
            // Serialised once, to UTF-8: these bytes are hashed, sent and kept as they are.
            JsonText wire = wire(dossier);
            return new Checked.Valid(maHoSo, updatedAt, facts, dossier, progressWire, issues, wire, hasher.hash(wire.bytes()),
                    unknown);
        } catch (RecordReader.Refused refused) {
            if (facts.maDonVi() == null && item != null && item.path("MaDonVi").isTextual()) {
                facts = Facts.NONE.withAgency(item.path("MaDonVi").asText());   // refused before it was read
            }
            return new Checked.Invalid(key, updatedAt, facts, refused.violation(), item == null ? "" : hasher.hash(write(item)),
                    unknown);
        }
    }

    /** A record the source could not read as data: refused with the source's reason, named as any other. */
    private Checked unreadable(Unreadable u, int position, String pageRef) {
        String key = u.maHoSo() != null && u.maHoSo().length() <= Fields.MA_HO_SO_MAX && MA_HO_SO.matcher(u.maHoSo()).matches()
                ? u.maHoSo() : "?" + pageRef + "#" + position;
        Violation violation = new Violation(key, u.field(), Problem.UNREADABLE, null, u.reason(), u.reasonEn());
        return new Checked.Invalid(key, u.updatedAt(), Facts.NONE.withAgency(u.maDonVi()), violation,
                hasher.hash(u.field() + "\n" + u.reason() + "\n" + u.raw()), List.of());
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

    /** A mapped part as the UTF-8 bytes it is sent and kept as. */
    private JsonText wire(JsonNode node) {
        try {
            return JsonText.write(wireWriter, node);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise a mapped dossier", e);
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
            in.maxLength(file, at, "TenTepDinhKem", Fields.TEN_TEP_MAX);
            in.code(file, at, "DuocSoHoa", 0, 1, false);
            in.code(file, at, "DuocTaiSuDung", 0, 1, false);
            in.code(file, at, "DuocLayTuKhoDMQG", 0, 1, false);
        }
        i = 0;
        for (JsonNode id : d.path("DinhDanhCHS")) {
            String at = "DinhDanhCHS[" + i++ + "].";
            Integer loai = in.code(id, at, "LoaiDinhDanh", 1, 2, true);
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

    private static Instant updatedAt(RecordReader in, JsonNode item) {
        String text = in.requiredText(item, "CapNhatLuc");
        try {
            return WireDates.isoInstant(text);
        } catch (DateTimeParseException e) {
            throw in.refuse("CapNhatLuc", Problem.MALFORMED, text, "ISO-8601 có múi giờ, như 2025-03-04T08:15:00+07:00",
                    "ISO-8601 with an offset, such as 2025-03-04T08:15:00+07:00");
        }
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
