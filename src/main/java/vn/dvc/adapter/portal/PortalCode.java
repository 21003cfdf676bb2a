package vn.dvc.adapter.portal;

import java.text.Normalizer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The portal's {@code error_code} answers (domain.md §4), named once: what each means for the
 * adapter, whichever service gave it.
 */
public enum PortalCode {
    /** 0: done. */
    OK,
    /** 2: the portal session expired; log in again and repeat the call. */
    SESSION_EXPIRED,
    /** 3 or -3 with "đã tồn tại": a dossier of the batch exists already and nothing of the batch was stored. */
    ALREADY_EXISTS,
    /** -1: invalid data; the whole batch is refused. */
    INVALID_DATA,
    /** {@code TraCuuHoSo}'s non-zero answer (other than an expired session): the portal does not hold that MaHoSo. */
    NOT_FOUND,
    /** Anything else; its number and message are kept with the transfer. */
    OTHER,
    /** No {@code error_code} at all: not an answer of the portal's. */
    NO_CODE;

    static final int OK_CODE = 0;
    static final int SESSION_EXPIRED_CODE = 2;
    static final int INVALID_DATA_CODE = -1;
    /** "Exists already" comes as 3 or as -3 (domain.md §4), and only with this in its message. */
    static final int ALREADY_EXISTS_CODE = 3;
    static final String ALREADY_EXISTS_MESSAGE = "đã tồn tại";
    /** The lookup service, whose every other non-zero code means "not held here". */
    static final String LOOKUP_SERVICE = "TraCuuHoSo";

    /** The reply's code, or {@link Integer#MIN_VALUE} when it has none. */
    public static int number(JsonNode reply) {
        JsonNode code = reply == null ? null : reply.get("error_code");
        return code == null || !code.canConvertToInt() && !code.isTextual() ? Integer.MIN_VALUE : code.asInt(Integer.MIN_VALUE);
    }

    /** What a reply of {@code service} means. */
    public static PortalCode of(String service, JsonNode reply) {
        int code = number(reply);
        if (code == OK_CODE) {
            return OK;
        }
        if (code == Integer.MIN_VALUE) {
            return NO_CODE;
        }
        if (code == SESSION_EXPIRED_CODE) {
            return SESSION_EXPIRED;
        }
        if (LOOKUP_SERVICE.equals(service)) {
            return NOT_FOUND;
        }
        if (Math.abs(code) == ALREADY_EXISTS_CODE && message(reply).contains(ALREADY_EXISTS_MESSAGE)) {
            return ALREADY_EXISTS;
        }
        return code == INVALID_DATA_CODE ? INVALID_DATA : OTHER;
    }

    /** The reply's message in NFC (the portal's Vietnamese comes in either form). */
    public static String message(JsonNode reply) {
        return Normalizer.normalize(reply == null ? "" : reply.path("message").asText(""), Normalizer.Form.NFC);
    }
}
