package vn.motcua.core.internal.usb;

import java.util.Objects;

/**
 * One endpoint of an interface, from its descriptor.
 *
 * @param address the endpoint address; bit 7 set for IN (device to host), e.g. 0x82
 * @param type bulk, interrupt, ...
 * @param maxPacketSize bytes per packet (bits 0..10 of {@code wMaxPacketSize})
 */
record UsbEndpointInfo(int address, UsbTransferType type, int maxPacketSize) {

    UsbEndpointInfo {
        Objects.requireNonNull(type, "type");
        if (address < 0 || address > 0xFF) {
            throw new IllegalArgumentException("address must be within 0..0xff, got " + address);
        }
    }

    /** True for an IN endpoint (device to host). */
    boolean in() {
        return (address & 0x80) != 0;
    }

    /** A usable packet size: the descriptor's, or 64 when the descriptor says 0. */
    int packetSize() {
        return maxPacketSize > 0 ? maxPacketSize : 64;
    }

    /** e.g. {@code 0x82 bulk IN}. */
    String label() {
        return hex(address) + " " + type.label() + (in() ? " IN" : " OUT");
    }

    static String hex(int address) {
        return String.format("0x%02x", address);
    }
}
