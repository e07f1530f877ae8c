package vn.motcua.core.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A ticket: one citizen's place in one service's queue at one branch.
 *
 * <p>A ticket holds no personal data. The optional {@link TicketReference} links it to an
 * appointment or a dossier by a code that is itself not personal data.
 *
 * @param id the unique identity, distinct from the displayed number
 * @param branch the branch that issued it
 * @param number the displayed number, such as {@code A012}
 * @param service the service it queues for
 * @param priority its priority class
 * @param status where it stands in its lifecycle
 * @param issuedAt when it was issued
 * @param businessDay the local business day its number belongs to; normally
 *     {@code BusinessDay.of(issuedAt)}, but not checked, so an engine may issue a ticket for
 *     another day (an appointment checked in early)
 * @param reference an appointment or dossier reference, or empty
 */
public record Ticket(
        TicketId id,
        BranchId branch,
        TicketNumber number,
        ServiceCode service,
        PriorityClass priority,
        TicketStatus status,
        Instant issuedAt,
        LocalDate businessDay,
        Optional<TicketReference> reference) {

    /** @throws NullPointerException naming the field if any component is null */
    public Ticket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(businessDay, "businessDay");
        Objects.requireNonNull(reference, "reference");
    }

    /**
     * A new {@link TicketStatus#WAITING} ticket of {@link PriorityClass#NORMAL} priority, on the
     * business day of {@code issuedAt}, without a reference. Use {@link #builder()} for more.
     */
    public static Ticket issue(TicketId id, BranchId branch, TicketNumber number, ServiceCode service,
                               Instant issuedAt) {
        return builder().id(id).branch(branch).number(number).service(service).issuedAt(issuedAt).build();
    }

    /** A builder; see {@link Builder} for the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * This ticket in status {@code next}.
     *
     * @throws IllegalStateException naming {@code status} if {@code status.canMoveTo(next)} is false
     */
    public Ticket withStatus(TicketStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("status: ticket " + number + " (" + id + ") cannot move from "
                    + status + " to " + next);
        }
        return new Ticket(id, branch, number, service, priority, next, issuedAt, businessDay, reference);
    }

    /**
     * Builds a {@link Ticket}. {@code id}, {@code branch}, {@code number}, {@code service} and
     * {@code issuedAt} are required; {@code priority} defaults to {@link PriorityClass#NORMAL},
     * {@code status} to {@link TicketStatus#WAITING}, {@code businessDay} to
     * {@code BusinessDay.of(issuedAt)} and {@code reference} to none.
     */
    public static final class Builder {
        private TicketId id;
        private BranchId branch;
        private TicketNumber number;
        private ServiceCode service;
        private PriorityClass priority = PriorityClass.NORMAL;
        private TicketStatus status = TicketStatus.WAITING;
        private Instant issuedAt;
        private LocalDate businessDay;
        private TicketReference reference;

        private Builder() {
        }

        public Builder id(TicketId value) {
            this.id = value;
            return this;
        }

        public Builder branch(BranchId value) {
            this.branch = value;
            return this;
        }

        public Builder number(TicketNumber value) {
            this.number = value;
            return this;
        }

        public Builder service(ServiceCode value) {
            this.service = value;
            return this;
        }

        public Builder priority(PriorityClass value) {
            this.priority = value;
            return this;
        }

        public Builder status(TicketStatus value) {
            this.status = value;
            return this;
        }

        public Builder issuedAt(Instant value) {
            this.issuedAt = value;
            return this;
        }

        public Builder businessDay(LocalDate value) {
            this.businessDay = value;
            return this;
        }

        /** The reference, or {@code null} for none. */
        public Builder reference(TicketReference value) {
            this.reference = value;
            return this;
        }

        /** @throws IllegalStateException naming the first missing field */
        public Ticket build() {
            require(id, "id");
            require(branch, "branch");
            require(number, "number");
            require(service, "service");
            require(priority, "priority");
            require(status, "status");
            require(issuedAt, "issuedAt");
            LocalDate day = businessDay != null ? businessDay : BusinessDay.of(issuedAt);
            return new Ticket(id, branch, number, service, priority, status, issuedAt, day,
                    Optional.ofNullable(reference));
        }

        private static void require(Object value, String field) {
            if (value == null) {
                throw new IllegalStateException(field + ": is required");
            }
        }
    }
}
