package vn.motcua.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.motcua.core.link.LinkRegistry;
import vn.motcua.core.link.PortInfo;
import vn.motcua.core.link.PortKind;

/**
 * What {@link LinkRegistry#discover()} found, split into ports and provider failures. A provider
 * whose discovery failed is reported by the registry as a {@link PortKind#OTHER} entry whose URI
 * is only its schemes ({@code usb:}); everything else is a port.
 *
 * @param schemes the link schemes the registry can open, sorted
 * @param ports the ports and devices found
 * @param failures the providers whose discovery failed, with the reason in the note
 */
record PortScan(List<String> schemes, List<PortInfo> ports, List<PortInfo> failures) {

    /** Schemes whose providers list hardware, in the order they are reported. */
    static final List<String> HARDWARE_SCHEMES = List.of("serial", "usb");

    /** Pseudo-terminals have no hardware to find: they must be named. */
    static final String PTY_NOTE = "Pseudo-terminals (ptys, e.g. made by socat) are not listed: "
            + "name them by path, e.g. serial:/dev/pts/3";

    PortScan {
        schemes = List.copyOf(schemes);
        ports = List.copyOf(ports);
        failures = List.copyOf(failures);
    }

    static PortScan run(LinkRegistry registry) {
        List<PortInfo> ports = new ArrayList<>();
        List<PortInfo> failures = new ArrayList<>();
        for (PortInfo p : registry.discover()) {
            if (p.kind() == PortKind.OTHER && p.uri().endsWith(":")) {
                failures.add(p);
            } else {
                ports.add(p);
            }
        }
        return new PortScan(List.copyOf(registry.schemes()), ports, failures);
    }

    /** Whether a provider for {@code scheme} is on the class path. */
    boolean has(String scheme) {
        return schemes.contains(scheme);
    }

    /** The failure of {@code scheme}'s discovery, or null when it did not fail. */
    PortInfo failure(String scheme) {
        for (PortInfo f : failures) {
            for (String s : f.uri().substring(0, f.uri().length() - 1).split("\\|")) {
                if (s.equals(scheme)) {
                    return f;
                }
            }
        }
        return null;
    }

    /** The ports found whose URI has {@code scheme}. */
    List<PortInfo> ports(String scheme) {
        List<PortInfo> out = new ArrayList<>();
        String prefix = scheme.toLowerCase(Locale.ROOT) + ":";
        for (PortInfo p : ports) {
            if (p.uri().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                out.add(p);
            }
        }
        return out;
    }
}
