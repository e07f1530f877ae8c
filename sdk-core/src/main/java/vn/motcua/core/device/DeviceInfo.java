package vn.motcua.core.device;

import java.util.Objects;

/**
 * What a device is. Fields that are not known (yet) are empty strings, never null.
 *
 * @param kind the device kind, e.g. {@code printer}, {@code scanner}, {@code link}
 * @param vendor the maker, as the device reports it or as configured
 * @param model the model
 * @param firmware the firmware version
 * @param linkUri the link the device is reached through, or empty for devices without one
 *     (a GPIO button)
 */
public record DeviceInfo(String kind, String vendor, String model, String firmware, String linkUri) {

    public DeviceInfo {
        Objects.requireNonNull(kind, "kind");
        vendor = vendor == null ? "" : vendor;
        model = model == null ? "" : model;
        firmware = firmware == null ? "" : firmware;
        linkUri = linkUri == null ? "" : linkUri;
    }
}
