/**
 * Ticket printers: ESC/POS encoding, printer profiles, ticket layout and the spooler.
 *
 * <p>This module holds no API yet; printers write their bytes through
 * {@code vn.motcua.core.link}.
 */
package vn.motcua.printer;
