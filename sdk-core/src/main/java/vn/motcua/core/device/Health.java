package vn.motcua.core.device;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A snapshot of a device's health, immutable.
 *
 * @param device the device's id
 * @param state its state
 * @param since when it entered that state
 * @param faults the active faults, oldest first
 * @param metrics counters by name, e.g. {@code link.bytesWritten}, {@code link.reconnects}
 * @param detail a one-line summary for a person (last error, what it is doing); may be empty
 * @param at when the snapshot was taken
 */
public record Health(
        DeviceId device,
        DeviceState state,
        Instant since,
        List<Fault> faults,
        Map<String, Long> metrics,
        String detail,
        Instant at) {

    public Health {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
        faults = List.copyOf(faults);
        metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(at, "at");
    }

    /** True when usable and no fault is active. */
    public boolean isHealthy() {
        return state == DeviceState.READY && faults.isEmpty();
    }
}
