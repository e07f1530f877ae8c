/**
 * Calling displays: counter and pole displays, the web calling board and voice calls.
 *
 * <p>This module holds no API yet; displays consume {@code vn.motcua.core.ticket.Call}
 * events, whoever produces them.
 */
package vn.motcua.display;
