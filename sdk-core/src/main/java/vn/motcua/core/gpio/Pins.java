package vn.motcua.core.gpio;

/** Validation shared by the pin configs. */
final class Pins {
    /** The highest BCM GPIO number of the Pi's SoCs (BCM2711 has GPIO 0 to 57). */
    static final int MAX_BCM = 57;

    private Pins() {
    }

    static int checkPin(int pin) {
        if (pin < 0 || pin > MAX_BCM) {
            throw new IllegalArgumentException(
                    "pin: must be a BCM GPIO number from 0 to " + MAX_BCM + ", was " + pin);
        }
        return pin;
    }

    static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: must not be blank");
        }
        if (name.length() > 64) {
            throw new IllegalArgumentException("name: must be at most 64 characters, was " + name.length());
        }
        return name;
    }

    static <T> T checkNotNull(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": must not be null");
        }
        return value;
    }
}
