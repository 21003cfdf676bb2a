package vn.dvc.adapter.sync;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.system.AdapterProperties;

/**
 * A run's note ({@code sync_run.message}) in the reader's language: the causes the adapter writes in its own
 * words (a breaker, a stop, a ledger held by another run) and the raw errors of the HTTP client that end a run
 * (a system that answered an HTTP error, could not be reached, did not answer in time), named by the system
 * they concern. Anything else is shown as it was recorded (the console keeps the recorded text as a tooltip).
 * For the console's runs table, and the summaries of {@code sync} and {@code reconcile} on the terminal.
 */
@Component("runNotes")
public class RunNotes {

    private static final Pattern HTTP = Pattern.compile("HTTP operation failed invoking (\\S+) with statusCode: (\\d+)");
    private static final Pattern CONNECT = Pattern.compile("Connect to (\\S+).*failed: (.+)");
    private static final Pattern TIMEOUT = Pattern.compile("(?i)(read timed out|timeout|timed out)");
    private static final Pattern BREAKER = Pattern.compile("ngắt mạch: (\\d+) lô liên tiếp.*");
    private static final Pattern STOPPING = Pattern.compile("đang dừng theo yêu cầu.*");
    private static final Pattern LEASE = Pattern.compile("một lượt khác đang ghi sổ cái \\((.*)\\).*");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private final MessageSource messages;
    private final String source;

    public RunNotes(MessageSource messages, AdapterProperties properties) {
        this.messages = messages;
        this.source = properties.source() == null || properties.source().url() == null ? null
                : properties.source().url().toString().replaceAll("/+$", "");
    }

    /** In the language of the request (the console). */
    public String text(String note) {
        return text(note, LocaleContextHolder.getLocale());
    }

    /** In English, or in Vietnamese (the default messages). */
    public String text(String note, boolean english) {
        return text(note, english ? Locale.ENGLISH : Locale.ROOT);
    }

    private String text(String note, Locale locale) {
        if (note == null || note.isBlank()) {
            return note;
        }
        Matcher m;
        if ((m = HTTP.matcher(note)).find()) {
            return say(locale, "runNote.http", system(m.group(1), locale), m.group(2));
        }
        if ((m = CONNECT.matcher(note)).find()) {
            return say(locale, "runNote.connect", system(m.group(1), locale), m.group(2));
        }
        if ((m = BREAKER.matcher(note)).matches()) {
            return say(locale, "runNote.breaker", m.group(1));
        }
        if (STOPPING.matcher(note).matches()) {
            return say(locale, "runNote.stopping");
        }
        if ((m = LEASE.matcher(note)).matches()) {
            return say(locale, "runNote.lease", m.group(1));
        }
        if (TIMEOUT.matcher(note).find()) {
            Matcher url = URL.matcher(note);
            return say(locale, "runNote.timeout", url.find() ? system(url.group(), locale)
                    : messages.getMessage("runNote.aSystem", null, locale));
        }
        return note;
    }

    /** The one-stop system (its configured address, or its export API's path), else the national portal. */
    private String system(String url, Locale locale) {
        boolean ofSource = url.contains("/api/v1/") || source != null && url.startsWith(source);
        return messages.getMessage(ofSource ? "runNote.source" : "runNote.portal", null, locale);
    }

    /** The text of {@code key}, as a sentence (a system's name may start it). */
    private String say(Locale locale, String key, Object... args) {
        String text = messages.getMessage(key, args, key, locale);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
