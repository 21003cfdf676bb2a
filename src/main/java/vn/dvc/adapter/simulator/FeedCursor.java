package vn.dvc.adapter.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** The position after an item of the feed: (CapNhatLuc, MaHoSo), opaque to clients. */
record FeedCursor(Instant at, String maHoSo) implements Comparable<FeedCursor> {

    private static final String VERSION = "v1";

    String encode() {
        String plain = VERSION + "|" + at.getEpochSecond() + "|" + maHoSo;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws LocalServer.BadRequest when the text is not a cursor this feed issued */
    static FeedCursor decode(String text) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\|", 3);
            if (parts.length != 3 || !VERSION.equals(parts[0]) || parts[2].isEmpty()) {
                throw new LocalServer.BadRequest("cursor is not valid: " + text);
            }
            return new FeedCursor(Instant.ofEpochSecond(Long.parseLong(parts[1])), parts[2]);
        } catch (IllegalArgumentException e) { // bad base64 or number
            throw new LocalServer.BadRequest("cursor is not valid: " + text);
        }
    }

    @Override
    public int compareTo(FeedCursor o) {
        int c = at.compareTo(o.at);
        return c != 0 ? c : maHoSo.compareTo(o.maHoSo);
    }
}
