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

    /** The portal's Retry-After, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
