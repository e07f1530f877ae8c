/**
 * The {@code serial:} link provider: serial ports (built-in UARTs, USB-serial adapters, CDC ACM
 * devices, pseudo-terminals) opened by path through jSerialComm, e.g.
 * {@code serial:/dev/ttyUSB0?baud=115200&parity=none} or {@code serial:COM3} on Windows.
 *
 * <p>It validates the URI, opens one connection at a time and maps the operating system's
 * refusals to {@link vn.motcua.core.DeviceUnavailableException} reasons with a remedy (which
 * group to join, which program holds the port). Reconnection, buffering and events are done
 * by the link that wraps it. jSerialComm types never leave this package.
 *
 * <p>Not API: may change at any time.
 */
package vn.motcua.core.internal.serial;
