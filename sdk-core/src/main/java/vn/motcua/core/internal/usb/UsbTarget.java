package vn.motcua.core.internal.usb;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.core.link.LinkUri;

/**
 * A validated {@code usb://vid:pid?interface=0&serial=ABC123&in=0x82&out=0x01&detach=true}.
 *
 * @param uri the URI as written
 * @param vendorId {@code idVendor}
 * @param productId {@code idProduct}
 * @param interfaceNumber the interface to claim; empty to choose from the descriptors
 * @param serial the serial-number string that picks one of several identical devices
 * @param inEndpoint the IN endpoint address (0x81..0x8f); empty to choose
 * @param outEndpoint the OUT endpoint address (0x01..0x0f); empty to choose
 * @param detach whether to detach an active kernel driver (and reattach it on close)
 */
record UsbTarget(
        String uri,
        int vendorId,
        int productId,
        OptionalInt interfaceNumber,
        Optional<String> serial,
        OptionalInt inEndpoint,
        OptionalInt outEndpoint,
        boolean detach) {

    static final Set<String> PARAMS = Set.of("interface", "serial", "in", "out", "detach");
    private static final Pattern VID_PID = Pattern.compile("([0-9A-Fa-f]{1,4}):([0-9A-Fa-f]{1,4})/?");

    UsbTarget {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(interfaceNumber, "interfaceNumber");
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(inEndpoint, "inEndpoint");
        Objects.requireNonNull(outEndpoint, "outEndpoint");
    }

    /**
     * Checks a {@code usb:} URI.
     *
     * @throws IllegalArgumentException naming the target or the parameter that is wrong
     */
    static UsbTarget parse(LinkUri uri) {
        uri.requireKnownParams(PARAMS);
        Matcher m = VID_PID.matcher(uri.target());
        if (!m.matches()) {
            throw new IllegalArgumentException(uri + ": target must be vendor:product ids in hex, e.g. usb://04b8:0202"
                    + " (as lsusb shows them), got \"" + uri.target() + "\"");
        }
        int vid = Integer.parseInt(m.group(1), 16);
        int pid = Integer.parseInt(m.group(2), 16);
        OptionalInt iface = OptionalInt.empty();
        if (uri.param("interface").isPresent()) {
            int n = uri.intParam("interface", 0);
            if (n < 0 || n > 255) {
                throw new IllegalArgumentException(uri + ": parameter \"interface\" must be within 0..255, got " + n);
            }
            iface = OptionalInt.of(n);
        }
        Optional<String> serial = uri.param("serial");
        if (serial.isPresent() && serial.get().isBlank()) {
            throw new IllegalArgumentException(uri + ": parameter \"serial\" must not be empty");
        }
        return new UsbTarget(uri.text(), vid, pid, iface, serial.map(String::strip),
                endpointParam(uri, "in", true), endpointParam(uri, "out", false), uri.boolParam("detach", true));
    }

    private static OptionalInt endpointParam(LinkUri uri, String name, boolean in) {
        Optional<String> v = uri.param(name);
        if (v.isEmpty()) {
            return OptionalInt.empty();
        }
        String s = v.get().strip().toLowerCase(Locale.ROOT);
        String example = in ? "0x81" : "0x01";
        int address;
        try {
            address = s.startsWith("0x") ? Integer.parseInt(s.substring(2), 16) : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(uri + ": parameter \"" + name + "\" must be an endpoint address such as "
                    + example + ", got \"" + v.get() + "\"", e);
        }
        int number = address & 0x7F;
        boolean isIn = (address & 0x80) != 0;
        if (address < 0 || address > 0xFF || number == 0 || number > 0x0F || isIn != in) {
            throw new IllegalArgumentException(uri + ": parameter \"" + name + "\" must be an " + (in ? "IN" : "OUT")
                    + " endpoint address within " + (in ? "0x81..0x8f" : "0x01..0x0f") + ", got \"" + v.get() + "\"");
        }
        return OptionalInt.of(address);
    }

    /** e.g. {@code 04b8:0202}. */
    String vidPid() {
        return UsbDeviceInfo.vidPid(vendorId, productId);
    }
}
