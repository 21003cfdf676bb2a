package vn.dvc.adapter.portal;

import java.time.Duration;

/**
 * A transient fault of the portal or the network: HTTP 5xx, 429, a refused or dropped
 * connection, a timeout, or a token or session that could not be renewed. Worth retrying;
 * never a verdict on the data.
 */
public class PortalFault extends RuntimeException {

    private final Integer httpStatus;
    private final Duration retryAfter;
    private final String code;

    public PortalFault(String code, String message, Integer httpStatus, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
    }

    /** HTTP_503, HTTP_429, IO, TIMEOUT, AUTH... */
    public String code() {
        return code;
    }

    public Integer httpStatus() {
        return httpStatus;
    }

    /**
     * The fault in English for people, from its code (the message is Vietnamese and may carry the
     * exception's text, which belongs in the log, not on a page).
     */
    public String english() {
        if (code.startsWith("HTTP_")) {
            return "The national portal answered HTTP " + code.substring(5);
        }
        return switch (code) {
            case "TIMEOUT" -> "The national portal did not answer in time";
            case "IO" -> "Could not reach the national portal";
            case "AUTH" -> "The national portal refused the adapter's log-in";
            case "TOKEN" -> "Could not get the connection gateway's access token";
            case "BAD_REPLY" -> "The national portal's answer was not JSON";
            case "INTERRUPTED" -> "Interrupted while waiting to call the national portal";
            case "CATALOGUE" -> "The national portal's procedure catalogue answered with an error";
            default -> "The national portal could not be used (" + code + ")";
        };
    }

    /**
     * Whether the portal may have applied the call this fault ended: the request went out and its
     * answer was lost or garbled (a read time-out, a reset, a gateway's 5xx, a reply that is not JSON).
     * Not when no connection was made, the portal said "not now" (429, 503), or no call was made at all.
     */
    public boolean mayHaveApplied() {
        if (httpStatus != null) {
            return httpStatus != 429 && httpStatus != 503;
        }
        if (!code.equals("TIMEOUT") && !code.equals("IO") && !code.equals("BAD_REPLY")) {
            return false;
        }
        for (Throwable t = getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getSimpleName().contains("Connect") || t instanceof java.net.NoRouteToHostException) {
                return false;   // ConnectException, a connect or pool time-out: nothing reached the portal
            }
        }
        return true;
    }

    /** The portal's Retry-After, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
