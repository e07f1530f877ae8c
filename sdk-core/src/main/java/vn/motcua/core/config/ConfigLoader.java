package vn.motcua.core.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.motcua.core.ConfigException;
import vn.motcua.core.device.DeviceId;
import vn.motcua.core.device.DeviceRegistry;
import vn.motcua.core.device.spi.DeviceProvider;
import vn.motcua.core.link.LinkRegistry;
import vn.motcua.core.link.LinkUri;

/**
 * Reads a JSON configuration and checks all of it, reporting every problem at once, each
 * with the path of its field: {@code devices[2].uri: unknown scheme "seria" ...}.
 *
 * <p>The JSON may hold {@code //} and {@code /* *}{@code /} comments and trailing commas; a
 * key given twice is an error. Files are limited to {@value #MAX_BYTES} bytes.
 */
public final class ConfigLoader {
    /** The largest configuration file read. */
    public static final int MAX_BYTES = 1 << 20;

    /** Top-level sections other modules read; anything else at the top level is a typo. */
    public static final Set<String> SECTIONS = Set.of(
            "branch", "services", "counters", "queue", "scanner", "printer", "display", "network", "kiosk");

    private static final Set<String> TOP = Set.of("name", "devices", "$schema");
    private static final Set<String> DEVICE_FIELDS = Set.of("id", "kind", "uri", "profile", "label", "options");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private final LinkRegistry links;
    private final DeviceRegistry devices;

    public ConfigLoader(LinkRegistry links, DeviceRegistry devices) {
        this.links = Objects.requireNonNull(links, "links");
        this.devices = Objects.requireNonNull(devices, "devices");
    }

    /** A loader with the link schemes and device kinds found on the class path. */
    public static ConfigLoader defaults() {
        return new ConfigLoader(LinkRegistry.defaults(), DeviceRegistry.defaults());
    }

    /**
     * Reads and checks a file.
     *
     * @throws ConfigException listing every problem, or saying why the file cannot be read
     */
    public MotcuaConfig load(Path file) {
        String source = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ConfigException(source, List.of("(file): is a directory, not a configuration file"));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ConfigException(source, List.of("(file): larger than " + MAX_BYTES + " bytes"));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(source, "(file): no such file", e);
        } catch (AccessDeniedException e) {
            throw new ConfigException(source, "(file): permission denied", e);
        } catch (IOException e) {
            throw new ConfigException(source, "(file): cannot read: " + e.getMessage(), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(source, "(file): not valid UTF-8 text", e);
        }
        return parse(text, source);
    }

    /**
     * Parses and checks JSON text.
     *
     * @param source names the text in messages, e.g. a file name
     * @throws ConfigException listing every problem
     */
    public MotcuaConfig parse(String json, String source) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(source, "source");
        if (json.length() > MAX_BYTES) {
            throw new ConfigException(source, List.of("(file): larger than " + MAX_BYTES + " characters"));
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new ConfigException(source, "(syntax): " + where + e.getOriginalMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new ConfigException(source, List.of("(root): expected a JSON object"));
        }
        String name = "";
        List<DeviceConfig> devs = new ArrayList<>();
        Map<String, JsonNode> sections = new LinkedHashMap<>();
        for (var e : root.properties()) {
            String key = e.getKey();
            JsonNode v = e.getValue();
            if (key.equals("name")) {
                name = text(v, "name", problems);
            } else if (key.equals("devices")) {
                devs = devices(v, problems);
            } else if (key.equals("$schema")) {
                continue;
            } else if (SECTIONS.contains(key)) {
                sections.put(key, v);
            } else {
                problems.add(key + ": unknown section (known: " + String.join(", ", sorted(TOP, SECTIONS)) + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(source, problems);
        }
        return new MotcuaConfig(source, name, devs, sections);
    }

    private List<DeviceConfig> devices(JsonNode node, List<String> problems) {
        List<DeviceConfig> out = new ArrayList<>();
        if (!node.isArray()) {
            problems.add("devices: expected an array of devices");
            return out;
        }
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "devices[" + i + "]";
            DeviceConfig d = device(node.get(i), at, problems);
            if (d == null) {
                continue;
            }
            String earlier = seen.putIfAbsent(d.id().value(), at);
            if (earlier != null) {
                problems.add(at + ".id: duplicate id \"" + d.id() + "\" (also " + earlier + ")");
                continue;
            }
            out.add(d);
        }
        return out;
    }

    private DeviceConfig device(JsonNode n, String at, List<String> problems) {
        if (!n.isObject()) {
            problems.add(at + ": expected an object with id, kind and uri");
            return null;
        }
        int before = problems.size();
        for (var it = n.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!DEVICE_FIELDS.contains(f)) {
                problems.add(at + "." + f + ": unknown field (known: " + String.join(", ", new TreeSet<>(DEVICE_FIELDS)) + ")");
            }
        }
        DeviceId id = null;
        String idText = required(n, "id", at, problems);
        if (idText != null) {
            try {
                id = DeviceId.of(idText);
            } catch (IllegalArgumentException e) {
                problems.add(at + ".id: " + e.getMessage());
            }
        }
        String kind = required(n, "kind", at, problems);
        DeviceProvider provider = null;
        if (kind != null) {
            provider = devices.provider(kind).orElse(null);
            if (provider == null) {
                problems.add(at + ".kind: unknown kind \"" + kind + "\" (known: " + String.join(", ", devices.kinds()) + ")");
            }
        }
        LinkUri uri = null;
        if (n.has("uri")) {
            String u = text(n.get("uri"), at + ".uri", problems);
            if (u != null) {
                try {
                    uri = LinkUri.parse(u);
                    links.endpoint(uri);
                } catch (IllegalArgumentException e) {
                    problems.add(at + ".uri: " + e.getMessage());
                }
            }
        } else if (provider != null && provider.needsLink()) {
            problems.add(at + ".uri: missing (a " + kind + " needs a link, e.g. tcp://10.0.0.5:9100 or serial:/dev/ttyUSB0)");
        }
        String profile = n.has("profile") ? text(n.get("profile"), at + ".profile", problems) : null;
        String label = n.has("label") ? text(n.get("label"), at + ".label", problems) : null;
        Map<String, String> options = options(n.get("options"), at + ".options", provider, problems);
        if (problems.size() > before || id == null || kind == null || provider == null) {
            return null;
        }
        DeviceConfig d = new DeviceConfig(id, kind, uri, profile, options, label);
        for (String p : provider.validate(d)) {
            problems.add(at + "." + p);
        }
        return problems.size() > before ? null : d;
    }

    private static Map<String, String> options(JsonNode n, String at, DeviceProvider provider, List<String> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        if (n == null) {
            return out;
        }
        if (!n.isObject()) {
            problems.add(at + ": expected an object of option names to values");
            return out;
        }
        for (var e : n.properties()) {
            String path = at + "." + e.getKey();
            if (provider != null && !provider.options().contains(e.getKey())) {
                problems.add(path + ": unknown option for kind " + provider.kind()
                        + (provider.options().isEmpty() ? " (it takes none)" : " (known: " + String.join(", ", new TreeSet<>(provider.options())) + ")"));
            } else if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                problems.add(path + ": expected a string, number or boolean");
            } else {
                out.put(e.getKey(), e.getValue().asText());
            }
        }
        return out;
    }

    private static String required(JsonNode n, String field, String at, List<String> problems) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            problems.add(at + "." + field + ": missing");
            return null;
        }
        return text(v, at + "." + field, problems);
    }

    private static String text(JsonNode v, String path, List<String> problems) {
        if (!v.isTextual()) {
            problems.add(path + ": expected a string, got " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            return null;
        }
        return v.asText();
    }

    private static TreeSet<String> sorted(Set<String> a, Set<String> b) {
        TreeSet<String> s = new TreeSet<>(a);
        s.addAll(b);
        s.remove("$schema");
        return s;
    }
}
