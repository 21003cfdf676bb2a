package vn.dvc.adapter.system;

/**
 * The language of what a command writes for the person at the terminal besides its summary: its log lines
 * and progress. Set once per command by {@code --lang} (cli/SharedOptions.Lang); Vietnamese otherwise, and
 * always under {@code serve}, whose log is the province's operators'. One process runs one command.
 */
public final class Say {

    private static volatile boolean english;

    private Say() {
    }

    public static void english(boolean on) {
        english = on;
    }

    public static boolean english() {
        return english;
    }

    /** The Vietnamese text, or the English one when the command runs with {@code --lang en}. */
    public static String of(String vi, String en) {
        return english ? en : vi;
    }

    /** A count as the language writes it: {@code 20.000} in Vietnamese, {@code 20,000} in English. */
    public static String n(long count) {
        return String.format(english ? java.util.Locale.ENGLISH : VIETNAMESE, "%,d", count);
    }

    private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi-VN");

    /** What went wrong as a person reads it: the exception's message, without its class (its kind when it has no message). */
    public static String reason(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
