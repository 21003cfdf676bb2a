package vn.dvc.adapter.admin.console;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.admin.AdminAudit;
import vn.dvc.adapter.ledger.AdminAudits;

/** Formatting for the templates ({@code ${@fmt.time(x)}}): the province's local time, durations, shares. */
@Component("fmt")
public class Fmt {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZONE);
    private static final String NONE = "—";
    private static final java.util.regex.Pattern SEGMENT = java.util.regex.Pattern.compile("[A-Za-z0-9._~-]{1,100}");

    private static final java.util.regex.Pattern PAIR = java.util.regex.Pattern.compile("(\\w+)=(\\S+)");

    private final MessageSource messages;
    private final vn.dvc.adapter.system.Targets targets;
    private final vn.dvc.adapter.sync.RunNotes notes;

    Fmt(MessageSource messages, vn.dvc.adapter.system.Targets targets, vn.dvc.adapter.sync.RunNotes notes) {
        this.messages = messages;
        this.targets = targets;
        this.notes = notes;
    }

    /** A run's note in the reader's language; for a viewer, its addresses hidden and citizens' data masked ({@link vn.dvc.adapter.admin.FieldMasker#note}). */
    public String runNote(String note, boolean seesIdentities) {
        String text = notes.text(note);
        return seesIdentities ? text : vn.dvc.adapter.admin.FieldMasker.note(text);
    }

    /** The note as the run recorded it (the table's tooltip); for a viewer, masked as {@link #runNote}. */
    public String runNoteRecorded(String note, boolean seesIdentities) {
        return seesIdentities ? note : vn.dvc.adapter.admin.FieldMasker.note(note);
    }

    public String time(Instant t) {
        return t == null ? NONE : TIME.format(t);
    }

    /** "2 giờ 5 phút", "3 days 4 h": the two largest units. */
    public String duration(Long seconds) {
        if (seconds == null) {
            return NONE;
        }
        Duration d = Duration.ofSeconds(Math.max(0, seconds));
        long[] parts = {d.toDays(), d.toHoursPart(), d.toMinutesPart(), d.toSecondsPart()};
        String[] units = {"dur.day", "dur.hour", "dur.minute", "dur.second"};
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < parts.length && shown < 2; i++) {
            if (parts[i] > 0 || (i == parts.length - 1 && shown == 0)) {
                out.append(out.isEmpty() ? "" : " ").append(parts[i]).append(' ')
                        .append(messages.getMessage(units[i], null, units[i], LocaleContextHolder.getLocale()));
                shown++;
            } else if (shown > 0) {
                break;
            }
        }
        return out.toString();
    }

    public String between(Instant from, Instant to) {
        return from == null || to == null ? NONE : duration(Duration.between(from, to).toSeconds());
    }

    /** 0.512 → "51,2%" (Vietnamese), "51.2%" (English); null → "—". */
    public String pct(Double share) {
        if (share == null || share.isNaN()) {
            return NONE;
        }
        Locale locale = LocaleContextHolder.getLocale();
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(1);
        return f.format(share * 100) + "%";   // as the reports write it; a space let "51,0 %" wrap
    }

    /** A dossier field for people: wire dates as dates, status and channel codes with their names. */
    public String field(com.fasterxml.jackson.databind.JsonNode dossier, String name) {
        com.fasterxml.jackson.databind.JsonNode v = dossier == null ? null : dossier.get(name);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            return NONE;
        }
        String text = v.asText();
        if (name.startsWith("Ngay") && text.matches("\\d{14}")) {
            return text.substring(6, 8) + "/" + text.substring(4, 6) + "/" + text.substring(0, 4) + " "
                    + text.substring(8, 10) + ":" + text.substring(10, 12) + ":" + text.substring(12, 14);
        }
        if ("TrangThaiHoSo".equals(name) || "KenhThucHien".equals(name)) {
            String key = ("TrangThaiHoSo".equals(name) ? "dossierStatus." : "channel.") + text;
            return text + " · " + messages.getMessage(key, null, "?", LocaleContextHolder.getLocale());
        }
        return text;
    }

    /** A ledger code with its name ({@code eauth.PASSED} → "Đạt (PASSED)"), or the code itself when unnamed. */
    public String code(String prefix, String code) {
        if (code == null) {
            return NONE;
        }
        String name = messages.getMessage(prefix + code, null, null, LocaleContextHolder.getLocale());
        return name == null ? code : name;
    }

    /**
     * The console path of one transfer. A MaHoSo of the portal's own characters is a path segment;
     * any other (the source sends what it likes: "../../etc/passwd?x=1#frag") goes in the query,
     * encoded, because a path cannot carry "/" or ".." safely (the firewall refuses %2F, a browser
     * resolves ".."). {@code action} is "" or "/replay".
     */
    public String transfer(String maHoSo, String action) {
        String suffix = action == null ? "" : action;
        if (maHoSo != null && SEGMENT.matcher(maHoSo).matches() && !maHoSo.matches("\\.+")) {
            return "/transfers/" + maHoSo + suffix;
        }
        return "/transfers/by-id" + suffix + "?id=" + java.net.URLEncoder.encode(maHoSo == null ? "" : maHoSo,
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    public String transfer(String maHoSo) {
        return transfer(maHoSo, "");
    }

    /**
     * The agency of a transfer: its code, or, when the ledger has none (a quarantined record too
     * broken to tell), the configured agency whose code starts the MaHoSo; null when neither.
     */
    public String agencyCode(vn.dvc.adapter.admin.TransferRow t) {
        if (t.maDonVi() != null && !t.maDonVi().isBlank()) {
            return t.maDonVi();
        }
        String id = t.maHoSo() == null ? "" : t.maHoSo();
        int dash = id.indexOf('-');
        String prefix = dash > 0 ? id.substring(0, dash) : id;
        return targets.agency(prefix) == null ? null : prefix;
    }

    /** A configured agency's name for a code ("Sở Tư pháp"), or the code itself; "—" for none. */
    public String agencyName(String code) {
        if (code == null || code.isBlank()) {
            return NONE;
        }
        var agency = targets.agency(code);
        return agency == null || agency.name() == null ? code : agency.name();
    }

    /**
     * A transfer's error for the list: without the leading "Hồ sơ X: " / "dossier X: " that names
     * the row's own dossier (it cut the useful part off), in the reader's language.
     */
    public String error(vn.dvc.adapter.admin.TransferRow t) {
        return message(t.maHoSo(), t.lastError(), t.lastErrorEn(), t.errorCode(), t.errorField(), t.httpStatus());
    }

    /** One step of a transfer's story, its message in the reader's language. */
    public String story(String maHoSo, vn.dvc.adapter.ledger.Events.Entry e) {
        return message(maHoSo, e.message(), e.messageEn(), e.code(), null, e.httpStatus());
    }

    /**
     * A failure's message in the reader's language: in English the ledger's English text (with the
     * offending value), or for rows recorded before it kept one, a wording from the code; the
     * Vietnamese text otherwise.
     */
    private String message(String maHoSo, String vi, String en, String code, String field, Integer httpStatus) {
        String text = vi;
        if (text == null) {
            return null;
        }
        if (english() && en != null) {
            text = en;
        } else if (english() && code != null) {
            String key = code.startsWith("HTTP_") ? "errorText.HTTP" : "errorText." + code;
            String worded = messages.getMessage(key, new Object[] {field == null ? "" : field,
                    httpStatus == null ? "" : httpStatus.toString()}, null, LocaleContextHolder.getLocale());
            if (worded != null) {
                return worded;
            }
        }
        String id = maHoSo == null ? "" : maHoSo;
        for (String prefix : new String[] {"Hồ sơ " + id + ": ", "dossier " + id + ": ", "Hồ sơ " + id + " ", "dossier " + id + " "}) {
            if (text.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return text.substring(prefix.length());
            }
        }
        return text;
    }

    /** An audit outcome as one name: replays and refreshes wrote "OK" for what runs call SUCCEEDED. */
    public String outcome(String outcome) {
        return "OK".equals(outcome) ? "SUCCEEDED" : outcome;
    }

    /**
     * An audit entry's detail for people, in their language: the counts it records as words, a
     * failed login's reason named, and never an exception's text (that is in the server's log).
     */
    public String audit(vn.dvc.adapter.admin.AdminAudit.Entry e) {
        String detail = e.detail() == null ? "" : e.detail();
        java.util.Map<String, String> v = new java.util.HashMap<>();
        java.util.regex.Matcher m = PAIR.matcher(detail);
        while (m.find()) {
            v.put(m.group(1), m.group(2));
        }
        String outcome = outcome(e.outcome());
        if ("FAILED".equals(outcome) && !AdminAudits.SYNC.equals(e.action()) || "FAILED".equals(outcome) && v.isEmpty()) {
            return text("audit.detail.failed");
        }
        return switch (e.action()) {
            case AdminAudits.LOGIN_FAILED, AdminAudits.LOGIN_LOCKED -> {
                String reason = messages.getMessage("audit.reason." + detail, null, null, LocaleContextHolder.getLocale());
                yield reason == null ? text("audit.reason.other") : reason;
            }
            case AdminAudits.CATALOGUE_REFRESH -> text("audit.detail.CATALOGUE_REFRESH", n(v.get("agencies")), n(v.get("local")),
                    n(v.get("national")), n(v.get("released")));
            case AdminAudits.SYNC -> text("audit.detail.SYNC", e.runId() == null ? "—" : "#" + e.runId(), n(v.get("pulled")),
                    n(v.get("sent")), n(v.get("failed")), n(v.get("rejected")), n(v.get("quarantined")), n(v.get("held")));
            case AdminAudit.REPLAY, AdminAudit.REPLAY_DRY_RUN -> text("audit.detail.REPLAY",
                    detail.contains(" → ") ? detail.substring(0, detail.indexOf(" → ")) : "", n(v.get("matched")),
                    n(v.get("sent")), n(v.get("failed")), n(v.get("rejected")), n(v.get("skipped")));
            default -> detail;
        };
    }

    private String n(String count) {
        try {
            return count == null ? NONE : num(Long.parseLong(count));
        } catch (NumberFormatException e) {
            return count;
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    public String num(Number n) {
        return n == null ? NONE : NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(n);
    }
}
