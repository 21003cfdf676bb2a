package vn.dvc.adapter.checks;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the national scoring (Decision 766, domain.md §8) counts about one mapped dossier, read once
 * as it passes and written with its outcome, so every indicator stays one GROUP BY. Codes are read
 * as text, so that "1" and 1 mean the same; a missing list means "none".
 *
 * @param electronicResult a result with both {@code MaGiayToKetQua} and {@code DuongDanTepTinKetQua}
 * @param resultFile       a result with a file link ({@code DuongDanTepTinKetQua})
 * @param filesSubmitted   a file in {@code TaiLieuNop} that is not deleted
 * @param digitised        {@code HoSoCoThanhPhanSoHoa} 1 or a file with {@code DuocSoHoa} 1
 * @param reused           a file with {@code DuocTaiSuDung} 1
 * @param fromStore        a file with {@code DuocLayTuKhoDMQG} 1
 * @param populationDb     {@code DSKetNoiCSDL} names the national population database
 * @param paidOnline       {@code DuocThanhToanTrucTuyen} 1 (on DVCQG) or 2 (the province's gateway)
 * @param fees             the sum of {@code DanhSachLePhi[].Gia}; 0 when none or all free
 * @param supplements      requests for supplement: status-5 progress entries or {@code DanhSachHoSoBoSung}
 *                         items, whichever are more
 * @param supplementSeconds the citizen's time to supplement, subtracted from the processing time
 * @param end              the end of processing by §8's rule; null while it runs
 * @param deadline         {@code NgayHenTra} plus the supplement time; null without {@code NgayHenTra}
 */
public record NationalFacts(boolean electronicResult, boolean resultFile, boolean filesSubmitted, boolean digitised,
                            boolean reused, boolean fromStore, boolean populationDb, boolean paidOnline, long fees,
                            int supplements, long supplementSeconds, LocalDateTime end, LocalDateTime deadline) {

    /**
     * The national population database's codes in {@code DSKetNoiCSDL.MaCSDL} ("Cơ sở dữ liệu quốc gia
     * về dân cư"): the name the public clients use and its short form.
     */
    public static final Set<String> POPULATION_DATABASES = Set.of("CSDLQGDC", "CSDLQGVDC", "CSDLDC", "DANCU");

    private static final int SUPPLEMENT = 5;

    /**
     * From the mapped dossier and the source's progress history ({@code TienDo}, an array or
     * missing): entries the mapper holds back still tell when processing ended.
     */
    public static NationalFacts of(JsonNode dossier, JsonNode history) {
        List<JsonNode> progress = new java.util.ArrayList<>();
        if (history != null && history.isArray()) {
            history.forEach(e -> {
                if (e.isObject()) {
                    progress.add(e);
                }
            });
        }
        JsonNode files = dossier.path("TaiLieuNop");
        boolean submitted = false;
        boolean digitised = flag(dossier.get("HoSoCoThanhPhanSoHoa"));
        boolean reused = false;
        boolean store = false;
        for (JsonNode f : files) {
            if (flag(f.get("IsDeleted"))) {
                continue;
            }
            submitted = true;
            digitised |= flag(f.get("DuocSoHoa"));
            reused |= flag(f.get("DuocTaiSuDung"));
            store |= flag(f.get("DuocLayTuKhoDMQG"));
        }
        boolean electronic = false;
        boolean file = false;
        for (JsonNode r : dossier.path("DanhSachGiayToKetQua")) {
            boolean link = has(r, "DuongDanTepTinKetQua");
            file |= link;
            electronic |= link && has(r, "MaGiayToKetQua");
        }
        boolean population = false;
        for (JsonNode db : dossier.path("DSKetNoiCSDL")) {
            population |= POPULATION_DATABASES.contains(db.path("MaCSDL").asText("").strip().toUpperCase(java.util.Locale.ROOT));
        }
        String paid = dossier.path("DuocThanhToanTrucTuyen").asText("").strip();
        long fees = 0;
        for (JsonNode fee : dossier.path("DanhSachLePhi")) {
            fees += amount(fee.get("Gia"));
        }
        Supplements s = Supplements.of(dossier.path("DanhSachHoSoBoSung"), progress);
        LocalDateTime due = WireDates.parse(dossier.path("NgayHenTra").asText(null));
        return new NationalFacts(electronic, file, submitted, digitised, reused, store, population,
                paid.equals("1") || paid.equals("2"), fees, s.count(), s.seconds(), end(dossier, progress, s),
                due == null ? null : due.plusSeconds(s.seconds()));
    }

    /**
     * §8: the time of status 9 (preferred), else 10, else 8, 3 or 7, from the progress history, else
     * the dossier's own dates for such a status; a single request for supplement with no end after it
     * ends processing at its time (more than one makes the dossier late, counted by the report).
     */
    static LocalDateTime end(JsonNode dossier, List<? extends JsonNode> progress, Supplements s) {
        LocalDateTime nine = last(progress, Set.of("9"));
        LocalDateTime ten = last(progress, Set.of("10"));
        LocalDateTime stop = last(progress, Set.of("8", "3", "7"));
        LocalDateTime end = nine != null ? nine : ten != null ? ten : stop;
        if (end == null) {
            String status = dossier.path("TrangThaiHoSo").asText("").strip();
            if (Set.of("9", "10", "8", "3", "7").contains(status)) {
                LocalDateTime own = WireDates.parse(dossier.path("NgayKetThucXuLy").asText(null));
                end = own != null ? own : WireDates.parse(dossier.path("NgayTra").asText(null));
            }
        }
        if (end == null && s.count() == 1) {
            end = s.firstRequest();
        }
        return end;
    }

    /** The latest ThoiDiemXuLy of an entry with one of these statuses. */
    private static LocalDateTime last(List<? extends JsonNode> progress, Set<String> statuses) {
        LocalDateTime found = null;
        for (JsonNode e : progress) {
            if (statuses.contains(e.path("TrangThai").asText("").strip())) {
                LocalDateTime at = WireDates.parse(e.path("ThoiDiemXuLy").asText(null));
                if (at != null && (found == null || at.isAfter(found))) {
                    found = at;
                }
            }
        }
        return found;
    }

    /**
     * Requests for supplement and the citizen's time to answer them: from {@code DanhSachHoSoBoSung}
     * ({@code NgayYeuCauBoSung} the request, {@code NgayBoSung} or else {@code NgayTiepNhanBoSung} the
     * supplement received; empty while the citizen has not answered) when it has both dates, else
     * from the progress history (a status-5 entry until the next entry).
     */
    record Supplements(int count, long seconds, LocalDateTime firstRequest) {

        static Supplements of(JsonNode list, List<? extends JsonNode> progress) {
            int listed = 0;
            long listedSeconds = 0;
            LocalDateTime first = null;
            for (JsonNode b : list) {
                listed++;
                LocalDateTime asked = WireDates.parse(b.path("NgayYeuCauBoSung").asText(null));
                LocalDateTime answered = WireDates.parse(b.path("NgayBoSung").asText(null));
                if (answered == null) {
                    answered = WireDates.parse(b.path("NgayTiepNhanBoSung").asText(null));
                }
                if (asked != null && answered != null && answered.isAfter(asked)) {
                    listedSeconds += Duration.between(asked, answered).toSeconds();
                }
                first = earlier(first, asked);
            }
            int requests = 0;
            long progressSeconds = 0;
            for (int i = 0; i < progress.size(); i++) {
                if (!String.valueOf(SUPPLEMENT).equals(progress.get(i).path("TrangThai").asText("").strip())) {
                    continue;
                }
                requests++;
                LocalDateTime asked = WireDates.parse(progress.get(i).path("ThoiDiemXuLy").asText(null));
                first = earlier(first, asked);
                LocalDateTime next = i + 1 < progress.size()
                        ? WireDates.parse(progress.get(i + 1).path("ThoiDiemXuLy").asText(null)) : null;
                if (asked != null && next != null && next.isAfter(asked)) {
                    progressSeconds += Duration.between(asked, next).toSeconds();
                }
            }
            return new Supplements(Math.max(listed, requests), listedSeconds > 0 ? listedSeconds : progressSeconds, first);
        }

        private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
            return a == null ? b : b == null || a.isBefore(b) ? a : b;
        }
    }

    private static boolean flag(JsonNode v) {
        if (v == null || v.isNull()) {
            return false;
        }
        String text = v.asText().strip();
        return text.equals("1") || text.equalsIgnoreCase("true");
    }

    private static boolean has(JsonNode item, String field) {
        JsonNode v = item.get(field);
        return v != null && !v.isNull() && !v.asText().isBlank();
    }

    /** A fee's Gia, as a number or a numeric string; anything else is not an amount. */
    private static long amount(JsonNode v) {
        if (v == null || v.isNull()) {
            return 0;
        }
        if (v.isNumber()) {
            return Math.max(0, v.longValue());
        }
        try {
            return Math.max(0, new java.math.BigDecimal(v.asText().strip()).longValue());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
