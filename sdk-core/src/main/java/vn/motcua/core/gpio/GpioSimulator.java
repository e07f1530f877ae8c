package vn.motcua.core.gpio;

/**
 * Drives the pins of a board on Pi4J's mock platform, for demos and tests on a PC: it presses
 * the buttons and reads the lamps that a real kiosk would have. Obtained from
 * {@link GpioBoard#simulator()}, which is empty on real hardware.
 *
 * <p>A simulated edge goes the same way as a real one: through Pi4J's listener and the
 * SDK's debouncing, so a {@link ButtonEvent} follows one debounce period later, on the event
 * thread. On the mock platform a button's input starts at the level its {@link Pull} resistor
 * gives (high for {@link Pull#UP}, low for {@link Pull#DOWN}, inactive for {@link Pull#NONE}),
 * so a new button starts released.
 */
public interface GpioSimulator {

    /**
     * Sets the level of the mock input under a button.
     *
     * @param pin the BCM number of a button's pin on this board
     * @param high true for 3.3 V
     * @throws IllegalArgumentException if no open button of this board uses {@code pin}
     */
    void setInput(int pin, boolean high);

    /** Drives {@code button}'s pin to its active level, as a finger on the button would. */
    void press(Button button);

    /** Drives {@code button}'s pin to its inactive level. */
    void release(Button button);

    /**
     * Reads the level of a pin of this board, input or output.
     *
     * @throws IllegalArgumentException if no open button or lamp of this board uses {@code pin}
     */
    boolean isHigh(int pin);
}
