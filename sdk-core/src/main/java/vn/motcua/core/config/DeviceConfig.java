package vn.motcua.core.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.device.DeviceId;
import vn.motcua.core.link.LinkUri;

/**
 * One device of a configuration.
 *
 * <pre>{@code
 * { "id": "printer-1", "kind": "printer", "uri": "tcp://10.0.0.5:9100",
 *   "profile": "TM-T20III", "options": { "copies": 1 } }
 * }</pre>
 *
 * @param id the device's id, unique within the configuration
 * @param kind what opens it, e.g. {@code printer}, {@code scanner}, {@code link}
 * @param uri its link, or null for devices without one
 * @param profile a model profile name, or null
 * @param options kind-specific options; scalar values as strings
 * @param label a name for people ("Quầy 3 printer"), or null
 */
public record DeviceConfig(DeviceId id, String kind, LinkUri uri, String profile, Map<String, String> options, String label) {

    public DeviceConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    public Optional<LinkUri> link() {
        return Optional.ofNullable(uri);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }
}
