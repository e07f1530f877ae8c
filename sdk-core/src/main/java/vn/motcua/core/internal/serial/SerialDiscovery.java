package vn.motcua.core.internal.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.motcua.core.link.PortInfo;
import vn.motcua.core.link.PortKind;

/** Lists the serial ports jSerialComm can enumerate. */
final class SerialDiscovery {
    /** Said with every answer: enumeration never finds pseudo-terminals. */
    static final String PTY_NOTE = "pseudo-terminals (e.g. socat ptys) are not listed; name them by path,"
            + " e.g. serial:/tmp/ttyV0";

    private SerialDiscovery() {
    }

    /** Never throws: a failure is reported as one entry whose note says what went wrong. */
    static List<PortInfo> list(boolean windows) {
        SerialPort[] ports;
        try {
            ports = SerialPort.getCommPorts();
        } catch (RuntimeException | LinkageError e) {
            return List.of(new PortInfo("serial:", PortKind.SERIAL, "serial ports could not be listed",
                    "jSerialComm failed: " + e + "; " + PTY_NOTE));
        }
        List<PortInfo> out = new ArrayList<>();
        for (SerialPort p : ports) {
            String name = windows ? p.getSystemPortName() : p.getSystemPortPath();
            out.add(new PortInfo("serial:" + name, PortKind.SERIAL, describe(p), PTY_NOTE));
        }
        if (out.isEmpty()) {
            out.add(new PortInfo("serial:", PortKind.SERIAL, "no serial ports found", PTY_NOTE));
        }
        return out;
    }

    private static String describe(SerialPort p) {
        List<String> parts = new ArrayList<>();
        add(parts, p.getDescriptivePortName());
        if (!String.valueOf(p.getPortDescription()).equals(p.getDescriptivePortName())) {
            add(parts, p.getPortDescription());
        }
        add(parts, p.getManufacturer());
        if (p.getVendorID() >= 0 && p.getProductID() >= 0) {
            parts.add(String.format(Locale.ROOT, "USB %04x:%04x", p.getVendorID(), p.getProductID()));
        }
        String serial = p.getSerialNumber();
        if (serial != null && !serial.isBlank() && !serial.equalsIgnoreCase("unknown")) {
            parts.add("serial number " + serial);
        }
        String location = p.getPortLocation();
        if (location != null && !location.isBlank() && !location.equals("0-0")) {
            parts.add("at " + location);
        }
        return String.join(", ", parts);
    }

    private static void add(List<String> parts, String s) {
        if (s != null && !s.isBlank() && !s.equalsIgnoreCase("unknown")) {
            parts.add(s.strip());
        }
    }
}
