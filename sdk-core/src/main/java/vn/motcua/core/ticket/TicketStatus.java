package vn.motcua.core.ticket;

/**
 * Where a ticket stands in its lifecycle.
 *
 * <table>
 *   <caption>Allowed changes</caption>
 *   <tr><th>from</th><th>to</th></tr>
 *   <tr><td>WAITING</td><td>CALLED, TRANSFERRED, CANCELLED, EXPIRED</td></tr>
 *   <tr><td>CALLED</td><td>SERVING, NO_SHOW, WAITING, TRANSFERRED, CANCELLED, EXPIRED</td></tr>
 *   <tr><td>SERVING</td><td>DONE, WAITING, TRANSFERRED, CANCELLED, EXPIRED</td></tr>
 *   <tr><td>NO_SHOW</td><td>CALLED, WAITING, TRANSFERRED, CANCELLED, EXPIRED</td></tr>
 *   <tr><td>DONE, TRANSFERRED, CANCELLED, EXPIRED</td><td>nothing (terminal)</td></tr>
 * </table>
 *
 * <p>{@link #canMoveTo(TicketStatus)} implements this table. What it means:
 * <ul>
 *   <li>A recall (announcing a ticket again) is not a status change: the ticket stays
 *       {@link #CALLED} and the next {@link Call} has a higher attempt number.</li>
 *   <li>Postponing ("come back when you have the document") sends a {@link #CALLED} or
 *       {@link #SERVING} ticket back to {@link #WAITING}.</li>
 *   <li>A {@link #NO_SHOW} may still be recalled (back to {@link #CALLED}) or reinstated
 *       (back to {@link #WAITING}) when the citizen turns up late, so it is not terminal; the
 *       end-of-day sweep moves it to {@link #EXPIRED}.</li>
 *   <li>{@link #TRANSFERRED} is terminal for this ticket: the engine continues the visit
 *       with a new ticket in the target service (which may keep the displayed number) and
 *       links the two.</li>
 * </ul>
 * No status may move to itself.
 */
public enum TicketStatus {
    /** In the queue, not called yet. */
    WAITING,
    /** Announced at a counter; the citizen has not arrived there yet. */
    CALLED,
    /** The citizen is at the counter. */
    SERVING,
    /** Served. Terminal. */
    DONE,
    /** Called and did not come. */
    NO_SHOW,
    /** Moved to another service under a new ticket. Terminal. */
    TRANSFERRED,
    /** Withdrawn by the citizen or by staff. Terminal. */
    CANCELLED,
    /** Not served before the end of its business day. Terminal. */
    EXPIRED;

    /** Whether no further status change is allowed. */
    public boolean isTerminal() {
        return this == DONE || this == TRANSFERRED || this == CANCELLED || this == EXPIRED;
    }

    /**
     * Whether a ticket in this status may change to {@code next}, per the table above.
     *
     * @throws NullPointerException if {@code next} is null
     */
    public boolean canMoveTo(TicketStatus next) {
        java.util.Objects.requireNonNull(next, "next");
        if (next == this || isTerminal()) {
            return false;
        }
        return switch (next) {
            case WAITING -> this == CALLED || this == SERVING || this == NO_SHOW;
            case CALLED -> this == WAITING || this == NO_SHOW;
            case SERVING, NO_SHOW -> this == CALLED;
            case DONE -> this == SERVING;
            case TRANSFERRED, CANCELLED, EXPIRED -> true;
        };
    }
}
