/**
 * Links: byte pipes to devices, opened from URIs such as {@code tcp://10.0.0.5:9100},
 * {@code serial:/dev/ttyUSB0?baud=9600}, {@code usb://04b8:0202} or {@code sim:printer-1}
 * through a {@link vn.motcua.core.link.LinkRegistry}. A {@link vn.motcua.core.link.Link}
 * keeps itself connected: it notices a disconnect, reconnects with
 * {@link vn.motcua.core.link.Backoff}, and counts bytes, errors and reconnects.
 */
package vn.motcua.core.link;
