package vn.motcua.core.device;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A device's name within one kiosk or branch, e.g. {@code printer-1}: 1 to 64 characters,
 * letters, digits, {@code .}, {@code _} and {@code -}, starting with a letter or digit.
 */
public record DeviceId(String value) implements Comparable<DeviceId> {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public DeviceId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("device id \"" + value
                    + "\" must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    public static DeviceId of(String value) {
        return new DeviceId(value);
    }

    @Override
    public int compareTo(DeviceId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
