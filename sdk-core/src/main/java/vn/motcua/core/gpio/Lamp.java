package vn.motcua.core.gpio;

import java.time.Duration;

/**
 * A lamp, LED or relay on a digital output, created by {@link GpioBoard#lamp(LampConfig)}.
 * It starts off.
 *
 * <p>{@link #on()}, {@link #off()} and {@link #toggle()} stop a running blink first. A blink
 * runs on a scheduler thread owned by this lamp, made by {@link GpioOptions#threadFactory()}
 * at the first blink and ended by {@link #close()}. A failed write during a blink stops the
 * blink and goes to the board's {@link vn.motcua.core.ErrorHandler}.
 *
 * <p>Methods may be called from any thread, including a {@link ButtonListener}. Once the lamp
 * is closed, {@link #on()}, {@link #off()}, {@link #toggle()} and the blinks throw
 * {@link IllegalStateException}; {@link #stopBlink()} and {@link #close()} do nothing and the
 * queries answer false. A failed write to the pin throws
 * {@link vn.motcua.core.DeviceUnavailableException}.
 */
public interface Lamp extends AutoCloseable {

    /** The name from {@link LampConfig#name()}. */
    String name();

    /** The BCM number of the output pin. */
    int pin();

    /** Lights the lamp. */
    void on();

    /** Puts the lamp out. */
    void off();

    /** Lights the lamp if it is out, puts it out if it is lit. */
    void toggle();

    /** Whether the lamp is lit now, as read back from the output; false once closed. */
    boolean isOn();

    /**
     * Blinks {@code times} times: lit for {@code on}, out for {@code off}, starting lit now;
     * the lamp is out when the blink ends (right after the last lit period). Replaces a running
     * blink. Returns at once.
     *
     * @param on how long each lit period lasts; at least 1 ms
     * @param off how long each dark period lasts; at least 1 ms
     * @param times how many lit periods; at least 1
     * @throws IllegalArgumentException naming the offending argument
     */
    void blink(Duration on, Duration off, int times);

    /**
     * Blinks until {@link #stopBlink()}, {@link #on()}, {@link #off()}, {@link #toggle()},
     * another blink or {@link #close()}. Returns at once.
     *
     * @throws IllegalArgumentException if a duration is shorter than 1 ms
     */
    void blinkForever(Duration on, Duration off);

    /**
     * Stops a running blink and leaves the lamp out; does nothing if no blink runs (a lamp lit
     * by {@link #on()} stays lit). Once it returns, the blink writes nothing more.
     */
    void stopBlink();

    /** Whether a blink is running. */
    boolean isBlinking();

    /** Whether {@link #close()} has been called, directly or by closing the board. */
    boolean isClosed();

    /**
     * Stops any blink, puts the lamp out, ends the lamp's scheduler thread (waiting for it) and
     * releases the pin. Idempotent.
     */
    @Override
    void close();
}
