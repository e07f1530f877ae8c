package vn.motcua.core.gpio;

import java.time.Duration;

/**
 * How a {@link Button} is wired and how it is debounced. Build one with {@link #builder(int)};
 * the constructor validates too, with messages that name the field.
 *
 * @param pin the BCM number of the input pin, 0 to 57
 * @param name a name for events, errors and logs; not blank, at most 64 characters
 * @param pull the internal pull resistor
 * @param activeLevel the level at which the button counts as pressed
 * @param debounce how long a level must stay unchanged before it counts; 0 to 1 s
 * @param longPress how long a press lasts before {@link ButtonEvent.Type#LONG_PRESS}; longer
 *     than {@code debounce}
 */
public record ButtonConfig(int pin, String name, Pull pull, ActiveLevel activeLevel, Duration debounce,
        Duration longPress) {

    /** The default debounce period, 30 ms: longer than the bounce of common tact switches. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(30);
    /** The default long-press duration, 2 s. */
    public static final Duration DEFAULT_LONG_PRESS = Duration.ofSeconds(2);
    /** The longest debounce period accepted. */
    public static final Duration MAX_DEBOUNCE = Duration.ofSeconds(1);

    public ButtonConfig {
        Pins.checkPin(pin);
        Pins.checkName(name);
        Pins.checkNotNull(pull, "pull");
        Pins.checkNotNull(activeLevel, "activeLevel");
        Pins.checkNotNull(debounce, "debounce");
        Pins.checkNotNull(longPress, "longPress");
        if (debounce.isNegative() || debounce.compareTo(MAX_DEBOUNCE) > 0) {
            throw new IllegalArgumentException("debounce: must be from 0 to " + MAX_DEBOUNCE.toMillis()
                    + " ms, was " + debounce.toMillis() + " ms");
        }
        if (longPress.compareTo(debounce) <= 0) {
            throw new IllegalArgumentException("longPress: must be longer than debounce ("
                    + debounce.toMillis() + " ms), was " + longPress.toMillis() + " ms");
        }
    }

    /**
     * A builder for a button on {@code pin}, with the defaults of a button wired from the pin
     * to ground: pull {@link Pull#UP}, active {@link ActiveLevel#LOW}, name {@code button-<pin>},
     * {@link #DEFAULT_DEBOUNCE} and {@link #DEFAULT_LONG_PRESS}. The pin is checked by
     * {@link Builder#build()}.
     */
    public static Builder builder(int pin) {
        return new Builder(pin);
    }

    /** Builds a {@link ButtonConfig}; not thread-safe. */
    public static final class Builder {
        private final int pin;
        private String name;
        private Pull pull = Pull.UP;
        private ActiveLevel activeLevel = ActiveLevel.LOW;
        private Duration debounce = DEFAULT_DEBOUNCE;
        private Duration longPress = DEFAULT_LONG_PRESS;

        private Builder(int pin) {
            this.pin = pin;
            this.name = "button-" + pin;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder pull(Pull pull) {
            this.pull = pull;
            return this;
        }

        public Builder activeLevel(ActiveLevel activeLevel) {
            this.activeLevel = activeLevel;
            return this;
        }

        public Builder debounce(Duration debounce) {
            this.debounce = debounce;
            return this;
        }

        public Builder longPress(Duration longPress) {
            this.longPress = longPress;
            return this;
        }

        /** @throws IllegalArgumentException naming the first invalid field */
        public ButtonConfig build() {
            return new ButtonConfig(pin, name, pull, activeLevel, debounce, longPress);
        }
    }
}
