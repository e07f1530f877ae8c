package vn.motcua.core.device;

import java.time.Instant;
import java.util.Objects;

/**
 * A condition that needs attention, raised by a device and cleared when it goes away.
 *
 * @param code a stable, machine-readable code such as {@code paper-out}; one fault per code is
 *     active at a time
 * @param severity how much it stops the device
 * @param message what is wrong and what to do, for a person
 * @param since when it was raised
 */
public record Fault(String code, FaultSeverity severity, String message, Instant since) {

    public Fault {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(since, "since");
        if (!code.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new IllegalArgumentException("code \"" + code + "\" must be lower-case letters, digits, '.' and '-'");
        }
    }
}
