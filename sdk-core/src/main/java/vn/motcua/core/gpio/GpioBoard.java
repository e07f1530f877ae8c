package vn.motcua.core.gpio;

import java.util.Optional;
import vn.motcua.core.internal.gpio.Pi4jGpioBoard;

/**
 * The GPIO header of one kiosk: it makes {@link Button}s and {@link Lamp}s and owns what they
 * share, the Pi4J context and the event thread.
 *
 * <p>{@link #close()} closes the buttons and lamps in the reverse order of their creation, then
 * stops the event thread, then shuts the Pi4J context down. Close the board before the JVM
 * exits (try-with-resources, or the application's own shutdown sequence): the SDK does not
 * install a shutdown hook, so a lamp left lit by a killed process stays lit.
 *
 * <p>A pin serves one button or lamp at a time; closing it frees the pin. Methods may be called
 * from any thread.
 */
public interface GpioBoard extends AutoCloseable {

    /**
     * Opens the board of this machine with {@link GpioOptions#defaults()}.
     *
     * @throws vn.motcua.core.DeviceUnavailableException if no Pi4J GPIO provider is on the class
     *     path or Pi4J cannot start; the message says what to install
     */
    static GpioBoard open() {
        return open(GpioOptions.defaults());
    }

    /**
     * Opens the board of this machine: a Pi4J context with the platforms and providers found
     * on the class path. It never falls back to Pi4J's mock plugin: if that is the only GPIO
     * provider found, this throws; use {@link #mock(GpioOptions)} for a simulated board.
     *
     * @throws vn.motcua.core.DeviceUnavailableException if no Pi4J GPIO provider for real pins is
     *     on the class path or Pi4J cannot start; the message says what to install
     */
    static GpioBoard open(GpioOptions options) {
        return Pi4jGpioBoard.open(options);
    }

    /** A board on Pi4J's mock platform with {@link GpioOptions#defaults()}; see {@link #mock(GpioOptions)}. */
    static GpioBoard mock() {
        return mock(GpioOptions.defaults());
    }

    /**
     * A board on Pi4J's mock platform, whatever the machine: for demos and tests on a PC. Its
     * {@link #simulator()} drives the buttons and reads the lamps. Needs
     * {@code com.pi4j:pi4j-plugin-mock} (same version as {@code pi4j-core}) on the class path,
     * which sdk-core does not bring at run time.
     *
     * @throws vn.motcua.core.DeviceUnavailableException if the mock plugin is not on the class path
     */
    static GpioBoard mock(GpioOptions options) {
        return Pi4jGpioBoard.mock(options);
    }

    /**
     * Makes a button.
     *
     * @throws IllegalArgumentException if the pin is already used on this board
     * @throws IllegalStateException if the board is closed
     * @throws vn.motcua.core.DeviceUnavailableException if the pin cannot be opened
     */
    Button button(ButtonConfig config);

    /** Makes a button on {@code pin} with the defaults of {@link ButtonConfig#builder(int)}. */
    default Button button(int pin) {
        return button(ButtonConfig.builder(pin).build());
    }

    /**
     * Makes a lamp, initially out.
     *
     * @throws IllegalArgumentException if the pin is already used on this board
     * @throws IllegalStateException if the board is closed
     * @throws vn.motcua.core.DeviceUnavailableException if the pin cannot be opened
     */
    Lamp lamp(LampConfig config);

    /** Makes a lamp on {@code pin} with the defaults of {@link LampConfig#builder(int)}. */
    default Lamp lamp(int pin) {
        return lamp(LampConfig.builder(pin).build());
    }

    /** The simulator of a board on Pi4J's mock platform; empty on real hardware. */
    Optional<GpioSimulator> simulator();

    /** Whether {@link #close()} has been called. */
    boolean isClosed();

    /**
     * Closes the buttons and lamps in reverse order of creation, stops the event thread (waiting
     * for it unless called from it) and shuts the Pi4J context down. Idempotent; errors go to the
     * {@link vn.motcua.core.ErrorHandler}.
     */
    @Override
    void close();
}
