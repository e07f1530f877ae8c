package vn.motcua.core.gpio;

/**
 * A debounced push button on a digital input, created by {@link GpioBoard#button(ButtonConfig)}.
 *
 * <p>The SDK debounces in software: a level counts only once it has stayed unchanged for
 * {@link ButtonConfig#debounce()}, so contact bounce gives no extra events. The level the pin
 * has when the button is created is the starting point and gives no event; a button that is
 * already held down at that moment gives its first events on the next press.
 *
 * <p>Methods may be called from any thread. Closing the button releases its pin; closing the
 * board closes the button.
 */
public interface Button extends AutoCloseable {

    /** The name from {@link ButtonConfig#name()}, used as source of events and errors. */
    String name();

    /** The BCM number of the input pin. */
    int pin();

    /**
     * Whether the button is down, after debouncing. False before the first level has been
     * read and after close.
     */
    boolean isPressed();

    /**
     * Adds a listener, called as {@link ButtonListener} describes. Adding the same listener
     * twice makes it called twice.
     *
     * @throws IllegalStateException if the button is closed
     */
    void addListener(ButtonListener listener);

    /** Removes one registration of {@code listener}; does nothing if it was not added. */
    void removeListener(ButtonListener listener);

    /** Whether {@link #close()} has been called, directly or by closing the board. */
    boolean isClosed();

    /** Stops listening, drops pending timers and releases the pin. Idempotent. */
    @Override
    void close();
}
