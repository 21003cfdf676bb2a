package vn.dvc.adapter.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The console's own words (messages.properties, messages_en.properties) for what the commands print:
 * the ledger's states, a run's kind and status; and times as the province reads them. One wording for
 * a state in the console, the reports and the terminal.
 */
final class Texts {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(PROVINCE);
    // no fallback to the JVM's own locale: an English machine must not turn the Vietnamese default into English
    private static final ResourceBundle.Control EXACT = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    /** The text of {@code key} in the language, or the key itself when there is none. */
    static String of(boolean english, String key) {
        try {
            return ResourceBundle.getBundle("messages", english ? Locale.ENGLISH : Locale.ROOT, EXACT).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** An instant in the province's time: "05/12/2026 09:30:00 (giờ Việt Nam)", "… (Vietnam time)"; "—" for none. */
    static String time(Instant at, boolean english) {
        return at == null ? "—" : TIME.format(at) + (english ? " (Vietnam time)" : " (giờ Việt Nam)");
    }
}
