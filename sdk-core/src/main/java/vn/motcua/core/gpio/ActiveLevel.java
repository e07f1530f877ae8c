package vn.motcua.core.gpio;

/** The electrical level at which a pin counts as active: a button pressed, a lamp lit. */
public enum ActiveLevel {
    /** Active when the pin is high (3.3 V). */
    HIGH,
    /** Active when the pin is low (0 V), as for a button wired to ground or a low-side relay. */
    LOW;

    /** Whether a pin at {@code high} (true for 3.3 V) is active at this level. */
    public boolean isActive(boolean high) {
        return high == (this == HIGH);
    }

    /** The pin level, true for high, that makes a pin with this active level active. */
    public boolean activeHigh() {
        return this == HIGH;
    }
}
