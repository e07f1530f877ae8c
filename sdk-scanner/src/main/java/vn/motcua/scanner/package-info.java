/**
 * Scanner drivers, the QR decode pipeline and payload parsers.
 *
 * <p>This module holds no API yet; drivers open their bytes through
 * {@code vn.motcua.core.link}.
 */
package vn.motcua.scanner;
