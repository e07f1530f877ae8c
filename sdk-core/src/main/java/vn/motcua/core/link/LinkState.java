package vn.motcua.core.link;

/** Where a {@link Link} is in its life. */
public enum LinkState {
    /** Opened; the first connection attempt is under way. */
    CONNECTING,
    /** Connected; reads and writes go through. */
    READY,
    /** The connection was lost or an attempt failed; the link retries with backoff. */
    OFFLINE,
    /** Closed by its owner; final. */
    CLOSED
}
