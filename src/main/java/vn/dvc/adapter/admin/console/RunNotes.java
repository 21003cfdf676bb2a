package vn.dvc.adapter.admin.console;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A run's note ({@code sync_run.message}) in the reader's language: the causes the adapter writes in its own
 * words (a breaker, a stop, a ledger held by another run) and the raw errors of the HTTP client that end a run
 * (a system that answered an HTTP error, could not be reached, did not answer in time), named by the system
 * they concern. Anything else is shown as it was recorded; the template keeps the recorded text as a tooltip.
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

    RunNotes(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String note) {
        if (note == null || note.isBlank()) {
            return note;
        }
        Matcher m;
        if ((m = HTTP.matcher(note)).find()) {
            return say("runNote.http", system(m.group(1)), m.group(2));
        }
        if ((m = CONNECT.matcher(note)).find()) {
            return say("runNote.connect", system(m.group(1)), m.group(2));
        }
        if ((m = BREAKER.matcher(note)).matches()) {
            return say("runNote.breaker", m.group(1));
        }
        if (STOPPING.matcher(note).matches()) {
            return say("runNote.stopping");
        }
        if ((m = LEASE.matcher(note)).matches()) {
            return say("runNote.lease", m.group(1));
        }
        if (TIMEOUT.matcher(note).find()) {
            Matcher url = URL.matcher(note);
            return say("runNote.timeout", url.find() ? system(url.group()) : say("runNote.aSystem"));
        }
        return note;
    }

    /** The one-stop system for its export API, else the national portal. */
    private String system(String url) {
        return say(url.contains("/api/v1/") ? "runNote.source" : "runNote.portal");
    }

    private String say(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
