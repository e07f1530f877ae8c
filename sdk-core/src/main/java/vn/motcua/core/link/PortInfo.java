package vn.motcua.core.link;

import java.util.Objects;

/**
 * A port or device found by {@link LinkRegistry#discover()}, for diagnostics.
 *
 * @param uri a link URI that would open it, e.g. {@code serial:/dev/ttyUSB0} or
 *     {@code usb://04b8:0202}
 * @param kind what it looks like
 * @param description a human-readable description (vendor and product where readable)
 * @param note what the user should know, e.g. why a descriptor could not be read; may be empty
 */
public record PortInfo(String uri, PortKind kind, String description, String note) {

    public PortInfo {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(kind, "kind");
        description = description == null ? "" : description;
        note = note == null ? "" : note;
    }
}
