package vn.motcua.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.device.DeviceId;

/**
 * A kiosk's or a branch's configuration: its devices, and sections that other modules read
 * (services, counters, queue, network). Immutable; made by {@link ConfigLoader}, which checks
 * every field and reports each problem with its path.
 *
 * <pre>{@code
 * {
 *   "name": "UBND phường Bến Thành",
 *   "devices": [
 *     { "id": "printer-1", "kind": "link", "uri": "tcp://10.0.0.5:9100" },
 *     { "id": "scanner-1", "kind": "link", "uri": "serial:/dev/ttyACM0?baud=115200" }
 *   ]
 * }
 * }</pre>
 *
 * @param source where it was read from, for messages
 * @param name the site's name, or empty
 * @param devices the devices, in the order they open
 * @param sections the other top-level sections, by name, as parsed JSON
 */
public record MotcuaConfig(String source, String name, List<DeviceConfig> devices, Map<String, JsonNode> sections) {

    public MotcuaConfig {
        Objects.requireNonNull(source, "source");
        name = name == null ? "" : name;
        devices = List.copyOf(devices);
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    /** Loads and validates a file with the default registries; see {@link ConfigLoader}. */
    public static MotcuaConfig load(Path file) {
        return ConfigLoader.defaults().load(file);
    }

    /** Parses and validates JSON text with the default registries; see {@link ConfigLoader}. */
    public static MotcuaConfig parse(String json, String source) {
        return ConfigLoader.defaults().parse(json, source);
    }

    public Optional<DeviceConfig> device(DeviceId id) {
        return devices.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** A module's section, e.g. {@code queue}, if present. */
    public Optional<JsonNode> section(String name) {
        return Optional.ofNullable(sections.get(name));
    }
}
