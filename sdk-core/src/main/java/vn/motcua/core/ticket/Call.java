package vn.motcua.core.ticket;

import java.time.Instant;
import java.util.Objects;

/**
 * One announcement sending a ticket to a counter: what a calling display shows, what the
 * voice says and what the counter's screen confirms. Displays consume calls without knowing
 * who produced them.
 *
 * <p>The first call of a ticket has attempt 1; each recall of the same ticket to a counter
 * is a new {@code Call} with the next attempt number and its own time.
 *
 * @param ticketId the ticket called
 * @param branch the branch where it is called
 * @param number the displayed number, such as {@code A012}
 * @param service the service it queues for
 * @param counter the counter the citizen should go to
 * @param calledAt when the call was made
 * @param attempt 1 for the first call, 2 and up for recalls
 */
public record Call(
        TicketId ticketId,
        BranchId branch,
        TicketNumber number,
        ServiceCode service,
        CounterId counter,
        Instant calledAt,
        int attempt) {

    /**
     * @throws NullPointerException naming the field if a component is null
     * @throws IllegalArgumentException naming {@code attempt} if it is less than 1
     */
    public Call {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(counter, "counter");
        Objects.requireNonNull(calledAt, "calledAt");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt: must be at least 1, was " + attempt);
        }
    }

    /** The first call of {@code ticket} to {@code counter}. */
    public static Call first(Ticket ticket, CounterId counter, Instant calledAt) {
        Objects.requireNonNull(ticket, "ticket");
        return new Call(ticket.id(), ticket.branch(), ticket.number(), ticket.service(), counter, calledAt, 1);
    }

    /**
     * The next call of the same ticket to the same counter.
     *
     * @throws IllegalArgumentException naming {@code calledAt} if {@code at} is before this call
     */
    public Call recall(Instant at) {
        Objects.requireNonNull(at, "calledAt");
        if (at.isBefore(calledAt)) {
            throw new IllegalArgumentException("calledAt: recall at " + at + " is before the previous call at " + calledAt);
        }
        return new Call(ticketId, branch, number, service, counter, at, attempt + 1);
    }

    /** Whether this call repeats an earlier one. */
    public boolean isRecall() {
        return attempt > 1;
    }
}
