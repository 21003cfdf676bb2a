package vn.dvc.adapter.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;

/**
 * The command line's own words in both languages, as every line the adapter prints is: picocli's stock
 * texts (the usage heading, the help and version options, a bad option's message) and the details of a
 * configuration error ({@code adapter.source.url is not set} →
 * {@code adapter.source.url chưa được đặt / is not set}).
 */
final class CliTexts {

    private CliTexts() {
    }

    /** picocli reads these keys from a command's resource bundle before its built-in English. */
    static final class Help extends ListResourceBundle {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {
                    {"usage.synopsisHeading", "Cách dùng / Usage: "},
                    {"usage.commandListHeading", "%nLệnh / Commands:%n"},
                    {"mixinStandardHelpOptions.help", "in hướng dẫn này rồi thoát / show this help message and exit"},
                    {"mixinStandardHelpOptions.version", "in phiên bản rồi thoát / print version information and exit"}};
        }
    }

    /** A bad option in both languages, then where to read more; exit 2 as picocli's own would. */
    static int badOption(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String message = e.getMessage();
        err.println(message.contains(" / ") ? message : "Lỗi tham số / bad option: " + both(message, OPTION_WORDS));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Xem / see: " + cmd.getCommandSpec().qualifiedName() + " --help");
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** A date option's value ({@code --since}): picocli's own message named the JDK's exception and its class. */
    static java.time.LocalDate date(String value) {
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date (yyyy-MM-dd)");
        }
    }

    /** A settings problem ("KEY phrase"), its phrase in Vietnamese beside the English; as it was when not known. */
    static String problem(String problem) {
        int space = problem.indexOf(' ');
        if (space < 0 || problem.contains(" / ")) {
            return problem;
        }
        String phrase = problem.substring(space + 1);
        String vi = vietnamese(phrase, SETTING_WORDS);
        return vi == null ? problem : problem.substring(0, space) + " " + vi + " / " + phrase;
    }

    private static String both(String english, List<Map.Entry<Pattern, String>> words) {
        String vi = vietnamese(english, words);
        return vi == null ? english : vi + " / " + english;
    }

    private static String vietnamese(String english, List<Map.Entry<Pattern, String>> words) {
        for (Map.Entry<Pattern, String> w : words) {
            Matcher m = w.getKey().matcher(english);
            if (m.matches()) {
                return m.replaceFirst(w.getValue());
            }
        }
        return null;
    }

    private static Map.Entry<Pattern, String> say(String english, String vietnamese) {
        return Map.entry(Pattern.compile(english, Pattern.DOTALL), vietnamese);
    }

    /** How {@code AdapterProperties.problems()} and {@code Settings} word a problem, first match wins. */
    private static final List<Map.Entry<Pattern, String>> SETTING_WORDS = List.of(
            say("is not set \\(use ADAPTER_LEDGER_ENCRYPTION_KEY: base64 of 32 random bytes, e\\.g\\. (`[^`]+`)\\)",
                    "chưa được đặt (dùng ADAPTER_LEDGER_ENCRYPTION_KEY: base64 của 32 byte ngẫu nhiên, ví dụ $1)"),
            say("is not set \\(a built-in profile: (.*); or the folder of your own\\)",
                    "chưa được đặt (một hồ sơ có sẵn: $1; hoặc thư mục của riêng bạn)"),
            say("is not set \\(a JDBC URL such as (.*)\\)", "chưa được đặt (một JDBC URL như $1)"),
            say("is not set \\(use (.+)\\)", "chưa được đặt (dùng $1)"),
            say("is not a setting \\(did you mean (\\S+)\\?\\)", "không phải là một thiết lập (có phải $1?)"),
            say("is not a setting", "không phải là một thiết lập"),
            say("is not set(.*)", "chưa được đặt$1"),
            say("must be an http\\(s\\) URL, is (.*)", "phải là một địa chỉ http(s), đang là $1"),
            say("must be 0 \\(automatic\\) or 1\\.\\.(\\d+), is (.*)", "phải là 0 (tự động) hoặc 1..$1, đang là $2"),
            say("must be 0 \\(no limit\\) or more, is (.*)", "phải là 0 (không giới hạn) hoặc hơn, đang là $1"),
            say("must be (\\S+)\\.\\.(\\S+), is (.*)", "phải từ $1 đến $2, đang là $3"),
            say("must be a Quartz cron expression \\((.*)\\), is (.*)", "phải là một biểu thức cron của Quartz ($1), đang là $2"),
            say("must be a duration of zero or more \\((\\w+)\\), is (.*)", "phải là một khoảng thời gian từ 0 trở lên ($1), đang là $2"),
            say("must be at least one second, is (.*)", "phải ít nhất một giây, đang là $1"),
            say("must be at most (\\d+) characters", "phải nhiều nhất $1 ký tự"),
            say("must be more than zero or unset, is (.*)", "phải lớn hơn 0 hoặc để trống, đang là $1"),
            say("must be 1\\.\\.32 of A-Z a-z 0-9 \\. _ -, is (.*)", "phải gồm 1..32 ký tự A-Z a-z 0-9 . _ -, đang là $1"),
            say("must be a key id of 1\\.\\.32 of A-Z a-z 0-9 \\. _ - other than the current key-id(.*)",
                    "phải là mã khoá 1..32 ký tự A-Z a-z 0-9 . _ - khác key-id hiện tại$1"),
            say("must be a JDBC URL \\(jdbc:…\\), is (.*)", "phải là một JDBC URL (jdbc:…), đang là $1"),
            say("must contain \\{fileEntryId\\}, is (.*)", "phải chứa {fileEntryId}, đang là $1"),
            say("must name signature algorithms such as (.*), is (.*)", "phải nêu các thuật toán chữ ký như $1, đang là $2"),
            say("must be one of (.*), is (.*)", "phải là một trong $1, đang là $2"),
            say("must be the SHA-256 of the token in hex, 64 characters \\(use (.*)\\)",
                    "phải là SHA-256 của mã thông báo dạng hex, 64 ký tự (dùng $1)"),
            say("must be a YAML mapping", "phải là một ánh xạ YAML"),
            say("is not YAML: (.*)", "không phải YAML: $1"),
            say("of (\\S+) must be a password hash with its encoder, e\\.g\\. (\\S+) \\(use (\\S+)\\)",
                    "của $1 phải là mã băm mật khẩu kèm bộ mã hoá, ví dụ $2 (dùng $3)"),
            say("of (\\S+) is not a bcrypt hash .*\\(use (\\S+)\\)", "của $1 không phải mã băm bcrypt (2a, 2b hoặc 2y, chi phí, 53"
                    + " ký tự; giá trị giữ chỗ của tệp mẫu không phải): tạo bằng htpasswd -nbBC 10 '' 'mật khẩu' (dùng $2)"),
            say("is not a valid (int|Integer|long|Long), is (.*)", "không phải số nguyên hợp lệ, đang là $2"),
            say("is not a valid (boolean|Boolean), is (.*)", "không phải true/false, đang là $2"),
            say("is not a valid Duration, is (.*)", "không phải khoảng thời gian hợp lệ (PT15M, 30s), đang là $1"),
            say("must be at least one day \\(P1D\\), is (.*)", "phải ít nhất một ngày (P1D), đang là $1"),
            say("must be at least (\\S+), is (.*)", "phải ít nhất $1, đang là $2"),
            say("must be (\\w+) or (\\w+), is (.*)", "phải là $1 hoặc $2, đang là $3"),
            say("must be (\\w+), (\\w+) or (\\w+), is (.*)", "phải là $1, $2 hoặc $3, đang là $4"),
            say("must be base64 of 32 bytes, is (\\d+) bytes", "phải là base64 của 32 byte, đang là $1 byte"),
            say("is not base64 \\((.*)\\)", "không phải base64 ($1)"),
            say("is not a valid (\\w+), is (.*)", "không phải $1 hợp lệ, đang là $2"),
            say("must be (.*)", "phải là $1"));

    /** How picocli words a bad option. */
    private static final List<Map.Entry<Pattern, String>> OPTION_WORDS = List.of(
            say("Missing required options?: (.*)", "thiếu tuỳ chọn bắt buộc $1"),
            say("Invalid value for option '([^']+)': '([^']*)' is not an? (int|long|integer)", "giá trị không hợp lệ cho $1:"
                    + " '$2' không phải số nguyên"),
            say("Invalid value for option '([^']+)': '([^']*)' is not a date \\(yyyy-MM-dd\\)", "giá trị không hợp lệ cho $1:"
                    + " '$2' không phải ngày dạng yyyy-MM-dd"),
            say("Invalid value for option '([^']+)': (.*)", "giá trị không hợp lệ cho $1: $2"),
            say("Missing required parameter for option '([^']+)'(.*)", "thiếu giá trị cho $1$2"),
            say("Expected parameter for option '([^']+)' but found '([^']+)'", "cần giá trị cho $1, gặp '$2'"),
            say("Unknown options?: (.*)", "không có tuỳ chọn $1"));
}
