package vn.dvc.adapter;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Text written to make a masking pattern backtrack: long runs of letters, digits, {@code @}, dots,
 * base64-ish characters, partial JWTs and separators, with real citizens' data between them (an
 * identity number, an e-mail, an ID token's claims) that must come out masked.
 */
public final class HostileText {

    /** The claims of the ID token inside the text, base64url: no viewer may read them. */
    public static final String CLAIMS = b64("{\"SoDinhDanh\":\"001099012345\",\"HoVaTen\":\"Nguyễn Văn An\"}");

    private static final String DATA = " CCCD 001099012345, SĐT 0912 345 678, thư an.nguyen@example.vn, token "
            + b64("{\"alg\":\"RS256\"}") + "." + CLAIMS + "." + b64("signature") + " ";

    private static final List<String> RUNS = List.of("Y", "7", "@", ".", "a@", "a.", "1 ", "1-", "1.", "0.0.", "(+", "+84",
            "aB3+/", "aB3_-", "eyJhbGciOiJSUzI1NiJ9.", "eyJ.", "a@b.", "-@-.", "Ab1=", "ew", ". ", "9@");

    private HostileText() {
    }

    /**
     * About {@code chars} characters: first the probe's own 200,000 × "Y" (a quarantined record's
     * {@code TrichYeuHoSo} that held two Tomcat threads for minutes), then runs of 4,096 to 65,536 of
     * each kind, the citizens' data between them.
     */
    public static String text(int chars) {
        StringBuilder s = new StringBuilder(chars + 70_000);
        s.append("Y".repeat(Math.min(200_000, chars / 2))).append(DATA);
        int k = 0;
        while (s.length() < chars) {
            String run = RUNS.get(k % RUNS.size());
            int length = 4_096 << (k % 5);
            s.append(run.repeat(Math.max(1, length / run.length()))).append(DATA);
            k++;
        }
        s.setLength(chars);
        return s.append(DATA).toString();
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
