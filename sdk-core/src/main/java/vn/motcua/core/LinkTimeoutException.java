package vn.motcua.core;

import java.time.Duration;

/** A read or write on a link did not complete within its timeout. */
public class LinkTimeoutException extends MotcuaException {
    private static final long serialVersionUID = 1L;

    private final transient Duration timeout;

    public LinkTimeoutException(String uri, String operation, Duration timeout) {
        super(uri + ": " + operation + " timed out after " + timeout.toMillis() + " ms");
        this.timeout = timeout;
    }

    /** The timeout that expired. */
    public Duration timeout() {
        return timeout;
    }
}
