package vn.motcua.core.link;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A parsed link address such as {@code serial:/dev/ttyUSB0?baud=115200},
 * {@code tcp://10.0.0.5:9100}, {@code usb://04b8:0202?interface=0} or {@code sim:printer-1}.
 *
 * <p>The form is {@code scheme ":" ["//"] target ["?" name "=" value ("&" name "=" value)*]}.
 * The scheme is case-insensitive and kept in lower case; the target is everything between the
 * scheme (and an optional {@code //}) and the query; parameter names are case-sensitive and
 * values are percent-decoded. What a target and parameters mean is up to the
 * {@link vn.motcua.core.link.spi.LinkProvider} of the scheme.
 *
 * @param text the address as written
 * @param scheme the scheme in lower case, e.g. {@code serial}
 * @param target the scheme-specific target, e.g. {@code /dev/ttyUSB0} or {@code 10.0.0.5:9100}
 * @param params the query parameters in order of appearance, unmodifiable
 */
public record LinkUri(String text, String scheme, String target, Map<String, String> params) {

    public LinkUri {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(target, "target");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /**
     * Parses an address.
     *
     * @throws IllegalArgumentException naming what is wrong, if {@code text} is not of the
     *     form above
     */
    public static LinkUri parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("link URI is empty");
        }
        String s = text.strip();
        int colon = s.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("link URI \"" + text + "\" has no scheme (expected e.g. tcp://host:9100 or serial:/dev/ttyUSB0)");
        }
        String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.matches("[a-z][a-z0-9+.-]*")) {
            throw new IllegalArgumentException("link URI \"" + text + "\" has an invalid scheme \"" + s.substring(0, colon) + "\"");
        }
        String rest = s.substring(colon + 1);
        if (rest.startsWith("//")) {
            rest = rest.substring(2);
        }
        int q = rest.indexOf('?');
        String target = q < 0 ? rest : rest.substring(0, q);
        if (target.isEmpty()) {
            throw new IllegalArgumentException("link URI \"" + text + "\" has no target after \"" + scheme + ":\"");
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (q >= 0 && q + 1 < rest.length()) {
            for (String pair : rest.substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(text, eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(text, pair.substring(eq + 1));
                if (name.isEmpty()) {
                    throw new IllegalArgumentException("link URI \"" + text + "\" has a parameter with no name");
                }
                if (params.put(name, value) != null) {
                    throw new IllegalArgumentException("link URI \"" + text + "\" repeats parameter \"" + name + "\"");
                }
            }
        }
        return new LinkUri(s, scheme, target, params);
    }

    private static String decode(String text, String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("link URI \"" + text + "\" has a malformed escape in \"" + part + "\"", e);
        }
    }

    /** A parameter's value, if present. */
    public Optional<String> param(String name) {
        return Optional.ofNullable(params.get(name));
    }

    /**
     * An integer parameter, or {@code fallback} when absent.
     *
     * @throws IllegalArgumentException naming the parameter when it is not an integer
     */
    public int intParam(String name, int fallback) {
        String v = params.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(text + ": parameter \"" + name + "\" must be an integer, got \"" + v + "\"", e);
        }
    }

    /**
     * A boolean parameter ({@code true/false/yes/no/1/0/on/off}, or empty meaning true), or
     * {@code fallback} when absent.
     */
    public boolean boolParam(String name, boolean fallback) {
        String v = params.get(name);
        if (v == null) {
            return fallback;
        }
        switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "": case "true": case "yes": case "1": case "on":
                return true;
            case "false": case "no": case "0": case "off":
                return false;
            default:
                throw new IllegalArgumentException(text + ": parameter \"" + name + "\" must be true or false, got \"" + v + "\"");
        }
    }

    /**
     * Checks that every parameter is one of {@code known}.
     *
     * @throws IllegalArgumentException naming the first unknown parameter and the known ones
     */
    public void requireKnownParams(Set<String> known) {
        for (String name : params.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException(text + ": unknown parameter \"" + name + "\" for scheme "
                        + scheme + " (known: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
