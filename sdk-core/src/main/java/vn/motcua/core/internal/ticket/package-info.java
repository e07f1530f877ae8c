/**
 * Rules of the ticket vocabulary's text forms, shared by {@link vn.motcua.core.ticket} and
 * {@link vn.motcua.core.token} so that each rule has one implementation: the identifier
 * characters of branch, counter and key ids, and the letters and digit widths of a ticket
 * number. Not API; may change at any time.
 */
package vn.motcua.core.internal.ticket;
