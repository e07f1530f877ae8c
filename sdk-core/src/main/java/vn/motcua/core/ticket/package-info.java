/**
 * The one-stop-shop vocabulary every device module shares: who issued a ticket
 * ({@link vn.motcua.core.ticket.BranchId}), for which service
 * ({@link vn.motcua.core.ticket.ServiceCode}), under which displayed number
 * ({@link vn.motcua.core.ticket.TicketNumber}), with which priority
 * ({@link vn.motcua.core.ticket.PriorityClass}), where it stands in its lifecycle
 * ({@link vn.motcua.core.ticket.TicketStatus}), and the {@link vn.motcua.core.ticket.Call}
 * that sends it to a counter.
 *
 * <p>These are plain immutable values with no behaviour beyond validation, so a printer, a
 * display or a scanner can use them without the queue engine. Every value validates itself
 * in its constructor and throws {@link java.lang.IllegalArgumentException} naming the field;
 * text from outside the process (a URL path, a JSON body, a scan) goes through the
 * {@code parse} methods instead, which return a {@link vn.motcua.core.ticket.ParseResult}
 * and never throw.
 *
 * <p>Identifiers and codes are ASCII on purpose: they travel through printer code pages,
 * seven-segment and LED displays, QR codes, URLs and file names unchanged. Vietnamese text
 * (service names, counter names) belongs in configuration and layouts, not in these values.
 * None of these values carries personal data.
 */
package vn.motcua.core.ticket;
