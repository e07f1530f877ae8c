package vn.motcua.core.internal.usb;

/** The transfer type of an endpoint, from bits 0..1 of its {@code bmAttributes}. */
enum UsbTransferType {
    CONTROL,
    ISOCHRONOUS,
    BULK,
    INTERRUPT;

    /** The type encoded in an endpoint descriptor's {@code bmAttributes}. */
    static UsbTransferType fromAttributes(int bmAttributes) {
        return values()[bmAttributes & 0x03];
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
