package vn.motcua.core.link;

/** What a discovered port looks like, judged from its descriptors. */
public enum PortKind {
    /** A serial port (built-in UART, USB-serial adapter, CDC ACM). */
    SERIAL,
    /** A USB device of the printer class (0x07). */
    USB_PRINTER,
    /** A USB HID device: a keyboard-wedge or HID POS scanner, a keypad. */
    USB_HID,
    /** A USB CDC communications device (virtual serial port). */
    USB_CDC_SERIAL,
    /** A USB device with a vendor-specific interface (many receipt printers). */
    USB_VENDOR,
    /** A USB hub. */
    USB_HUB,
    /** Anything else. */
    OTHER
}
