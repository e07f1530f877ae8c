package vn.motcua.core.gpio;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Something a {@link Button} did, after debouncing.
 *
 * <p>A short press gives {@code PRESSED, RELEASED, CLICK}; a press held for at least
 * {@link ButtonConfig#longPress()} gives {@code PRESSED, LONG_PRESS, RELEASED} (no click).
 *
 * @param button the button's {@link Button#name() name}
 * @param type what happened
 * @param at when it was recognised, from {@link GpioOptions#clock()}; the physical edge was up
 *     to one debounce period earlier
 * @param held how long the button had been pressed: zero for {@code PRESSED}, the press
 *     duration for {@code RELEASED} and {@code CLICK}, the long-press duration reached for
 *     {@code LONG_PRESS}
 */
public record ButtonEvent(String button, Type type, Instant at, Duration held) {

    /** The kinds of button event. */
    public enum Type {
        /** The button went down and stayed down for the debounce period. */
        PRESSED,
        /** The button came up and stayed up for the debounce period. */
        RELEASED,
        /** A press shorter than the long-press duration ended; follows {@code RELEASED}. */
        CLICK,
        /** The button has been held for the long-press duration; sent once per press. */
        LONG_PRESS
    }

    public ButtonEvent {
        Objects.requireNonNull(button, "button");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(held, "held");
        if (held.isNegative()) {
            throw new IllegalArgumentException("held: must not be negative, was " + held);
        }
    }
}
