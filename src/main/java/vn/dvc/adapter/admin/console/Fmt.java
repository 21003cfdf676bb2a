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

/** Formatting for the templates ({@code ${@fmt.time(x)}}): the province's local time, durations, shares. */
@Component("fmt")
public class Fmt {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZONE);
    private static final String NONE = "—";
    private static final java.util.regex.Pattern SEGMENT = java.util.regex.Pattern.compile("[A-Za-z0-9._~-]{1,100}");

    private final MessageSource messages;

    Fmt(MessageSource messages) {
        this.messages = messages;
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

    /** 0.512 → "51,2 %" (Vietnamese), "51.2%" (English); null → "—". */
    public String pct(Double share) {
        if (share == null || share.isNaN()) {
            return NONE;
        }
        Locale locale = LocaleContextHolder.getLocale();
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(1);
        return f.format(share * 100) + ("en".equals(locale.getLanguage()) ? "%" : " %");
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

    public String num(Number n) {
        return n == null ? NONE : NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(n);
    }
}
