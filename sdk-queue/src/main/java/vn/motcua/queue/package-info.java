/**
 * The queue engine of a branch: services, counters, tickets and calling policies.
 *
 * <p>This module holds no API yet; it consumes the ticket vocabulary of
 * {@code vn.motcua.core.ticket}.
 */
package vn.motcua.queue;
