package vn.motcua.core.link;

import java.time.Instant;

/**
 * Counters of one link since it was opened: a snapshot, immutable.
 *
 * @param bytesRead bytes received from the device
 * @param bytesWritten bytes sent to the device
 * @param errors failed connection attempts, lost connections, failed or timed-out writes
 * @param connects successful connections, the first included
 * @param reconnects successful connections after a loss ({@code connects - 1}, or 0)
 * @param droppedBytes received bytes discarded because nobody read them and the inbound buffer
 *     was full
 * @param lastError the last error's message, or {@code null} if none yet
 * @param lastErrorAt when the last error happened, or {@code null}
 * @param state the state when the snapshot was taken
 * @param stateSince when the link entered {@code state}
 */
public record LinkStats(
        long bytesRead,
        long bytesWritten,
        long errors,
        long connects,
        long reconnects,
        long droppedBytes,
        String lastError,
        Instant lastErrorAt,
        LinkState state,
        Instant stateSince) {
}
