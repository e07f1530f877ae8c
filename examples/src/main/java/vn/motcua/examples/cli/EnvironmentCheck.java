package vn.motcua.examples.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.motcua.core.device.DeviceRegistry;
import vn.motcua.core.link.PortInfo;

/**
 * The machine as the SDK sees it: Java, the OS, the link schemes and device kinds on the class
 * path, whether USB and serial discovery work, and whether this user may open serial ports.
 */
final class EnvironmentCheck {
    /** The device nodes whose group decides who may open serial and USB-printer ports. */
    private static final List<String> DEVICE_GLOBS = List.of("ttyUSB*", "ttyACM*", "ttyS0", "usb/lp*");

    private EnvironmentCheck() {
    }

    static List<Check> run(PortScan scan, DeviceRegistry kinds, Optional<UnixUser> user, Path dev) {
        List<Check> out = new ArrayList<>();
        out.add(java());
        out.add(Check.ok("OS", System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " (" + System.getProperty("os.arch") + ")"));
        out.add(schemes(scan));
        out.add(Check.ok("Device kinds", String.join(", ", kinds.kinds())));
        out.add(usb(scan));
        out.add(serial(scan));
        out.add(access(user, deviceGroups(dev)));
        return out;
    }

    private static Check java() {
        String v = System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("java.home") + ")";
        return Runtime.version().feature() >= 17 ? Check.ok("Java", v)
                : Check.warn("Java", v, "the SDK needs Java 17 or later");
    }

    private static Check schemes(PortScan scan) {
        List<String> missing = PortScan.HARDWARE_SCHEMES.stream().filter(s -> !scan.has(s)).toList();
        String found = String.join(", ", scan.schemes());
        return missing.isEmpty() ? Check.ok("Link schemes", found)
                : Check.info("Link schemes", found, "no " + String.join(" or ", missing) + " provider on the class path");
    }

    private static Check usb(PortScan scan) {
        if (!scan.has("usb")) {
            return Check.info("USB (libusb)", "not available", "no usb link provider on the class path");
        }
        PortInfo failed = scan.failure("usb");
        if (failed != null) {
            return Check.warn("USB (libusb)", "discovery failed: " + failed.note(),
                    "USB devices cannot be opened; serial and TCP devices are not affected");
        }
        int n = scan.ports("usb").size();
        return Check.ok("USB (libusb)", "initialised, " + n + (n == 1 ? " device" : " devices") + " visible");
    }

    private static Check serial(PortScan scan) {
        if (!scan.has("serial")) {
            return Check.info("Serial ports", "not available", "no serial link provider on the class path");
        }
        PortInfo failed = scan.failure("serial");
        if (failed != null) {
            return Check.warn("Serial ports", "discovery failed: " + failed.note(), "");
        }
        List<PortInfo> ports = scan.ports("serial");
        if (ports.isEmpty()) {
            return Check.info("Serial ports", "none visible", PortScan.PTY_NOTE);
        }
        String list = ports.stream().limit(6).map(PortInfo::uri).collect(Collectors.joining(", "))
                + (ports.size() > 6 ? ", ..." : "");
        return Check.ok("Serial ports", ports.size() + " visible: " + list);
    }

    /**
     * Whether the user has the groups that own the serial and USB-printer device nodes.
     *
     * @param owners device node to owning group, e.g. {@code /dev/ttyUSB0 -> dialout}; when
     *     empty, Debian's and Ubuntu's {@code dialout} is assumed for serial ports
     */
    static Check access(Optional<UnixUser> user, Map<String, String> owners) {
        if (user.isEmpty()) {
            return Check.info("Device access", "not checked (not Linux)", "");
        }
        UnixUser u = user.get();
        String who = u.name() + " (uid " + u.uid() + "), groups: " + String.join(", ", u.groups());
        if (u.isRoot()) {
            return Check.ok("Device access", who + "; root may open every device");
        }
        Map<String, List<String>> byGroup = new LinkedHashMap<>();
        owners.forEach((node, group) -> byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(node));
        if (byGroup.isEmpty()) {
            byGroup.put("dialout", List.of("serial ports"));
        }
        List<String> missing = byGroup.keySet().stream().filter(g -> !g.equals("root") && !u.groups().contains(g)).toList();
        if (missing.isEmpty()) {
            return Check.ok("Device access", who + "; in " + String.join(", ", byGroup.keySet()));
        }
        String g = missing.get(0);
        return Check.warn("Device access", who + "; not in " + String.join(", ", missing)
                        + " (owner of " + byGroup.get(g).stream().limit(3).collect(Collectors.joining(", "))
                        + (byGroup.get(g).size() > 3 ? ", ..." : "") + ")",
                "sudo usermod -aG " + String.join(",", missing) + " " + u.name() + ", then log out and in again");
    }

    /** The group of each existing serial or USB-printer node under {@code dev}. */
    static Map<String, String> deviceGroups(Path dev) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String glob : DEVICE_GLOBS) {
            int slash = glob.lastIndexOf('/');
            Path dir = slash < 0 ? dev : dev.resolve(glob.substring(0, slash));
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, glob.substring(slash + 1))) {
                for (Path p : ds) {
                    PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class);
                    out.put(p.toString(), a.group().getName());
                }
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                // not readable: nothing to say about its group
            }
        }
        return out;
    }
}
