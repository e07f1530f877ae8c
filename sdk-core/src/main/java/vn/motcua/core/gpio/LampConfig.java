package vn.motcua.core.gpio;

/**
 * How a {@link Lamp} is wired. Build one with {@link #builder(int)}; the constructor validates
 * too, with messages that name the field.
 *
 * @param pin the BCM number of the output pin, 0 to 57
 * @param name a name for errors and logs; not blank, at most 64 characters
 * @param activeLevel the level that lights the lamp
 */
public record LampConfig(int pin, String name, ActiveLevel activeLevel) {

    public LampConfig {
        Pins.checkPin(pin);
        Pins.checkName(name);
        Pins.checkNotNull(activeLevel, "activeLevel");
    }

    /**
     * A builder for a lamp on {@code pin}, lit when the pin is {@link ActiveLevel#HIGH high},
     * named {@code lamp-<pin>}. The pin is checked by {@link Builder#build()}.
     */
    public static Builder builder(int pin) {
        return new Builder(pin);
    }

    /** Builds a {@link LampConfig}; not thread-safe. */
    public static final class Builder {
        private final int pin;
        private String name;
        private ActiveLevel activeLevel = ActiveLevel.HIGH;

        private Builder(int pin) {
            this.pin = pin;
            this.name = "lamp-" + pin;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** {@link ActiveLevel#LOW} for an LED wired from 3.3 V to the pin, or a low-side relay. */
        public Builder activeLevel(ActiveLevel activeLevel) {
            this.activeLevel = activeLevel;
            return this;
        }

        /** @throws IllegalArgumentException naming the first invalid field */
        public LampConfig build() {
            return new LampConfig(pin, name, activeLevel);
        }
    }
}
