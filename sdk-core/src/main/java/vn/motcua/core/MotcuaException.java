package vn.motcua.core;

/**
 * Root of every exception the SDK throws for a failure outside the caller's control: a device
 * that cannot be reached, a link that timed out, a journal that fails its checksum.
 *
 * <p>Caller mistakes (a null argument, a call in the wrong state) are
 * {@link IllegalArgumentException} or {@link IllegalStateException} instead, with a message
 * that names the offending field.
 */
public class MotcuaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MotcuaException(String message) {
        super(message);
    }

    public MotcuaException(String message, Throwable cause) {
        super(message, cause);
    }
}
