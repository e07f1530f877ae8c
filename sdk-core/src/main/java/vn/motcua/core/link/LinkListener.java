package vn.motcua.core.link;

/**
 * Hears a link's state changes.
 *
 * <p>Called on the link's event thread, in order, never while the link holds a lock. It must
 * return quickly and must not block on the link (no {@code read}, {@code write} or
 * {@code close} of the same link from inside). An exception it throws is passed to the link's
 * {@link vn.motcua.core.ErrorHandler} and does not stop other listeners.
 */
@FunctionalInterface
public interface LinkListener {

    /**
     * The link moved from {@code from} to {@code to}.
     *
     * @param cause why, for moves to {@link LinkState#OFFLINE}; otherwise {@code null}
     */
    void onStateChanged(Link link, LinkState from, LinkState to, Throwable cause);
}
