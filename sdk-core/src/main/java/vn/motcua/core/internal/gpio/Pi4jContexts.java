package vn.motcua.core.internal.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.IOType;
import com.pi4j.platform.Platform;
import com.pi4j.provider.Provider;
import java.util.Locale;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.DeviceUnavailableException.Reason;

/** Makes Pi4J contexts and turns Pi4J's failures into {@link DeviceUnavailableException}s. */
final class Pi4jContexts {
    /** The URI of the board as a whole in error messages. */
    static final String BOARD_URI = "gpio";

    static final String INSTALL_PROVIDER = "on a Raspberry Pi, add a Pi4J GPIO provider plugin with the same version as"
            + " pi4j-core to the runtime class path, for example com.pi4j:pi4j-plugin-raspberrypi with"
            + " com.pi4j:pi4j-plugin-gpiod, and give the user access to /dev/gpiochip* (group gpio);"
            + " on a machine without GPIO use GpioBoard.mock() with com.pi4j:pi4j-plugin-mock";
    static final String INSTALL_MOCK = "add com.pi4j:pi4j-plugin-mock with the same version as pi4j-core to the"
            + " application's dependencies (runtime scope for a demo, test scope for tests);"
            + " sdk-core does not bring it at run time";

    private static final String MOCK_PACKAGE = "com.pi4j.plugin.mock.";
    private static final String MOCK_PLATFORM = MOCK_PACKAGE + "platform.MockPlatform";
    private static final String MOCK_INPUT_PROVIDER = MOCK_PACKAGE + "provider.gpio.digital.MockDigitalInputProvider";
    private static final String MOCK_OUTPUT_PROVIDER = MOCK_PACKAGE + "provider.gpio.digital.MockDigitalOutputProvider";

    private Pi4jContexts() {
    }

    /** A context with the platforms and providers Pi4J finds on the class path, mocks excluded. */
    static Context autoDetected() {
        Context context;
        try {
            context = Pi4J.newContextBuilder().autoDetect().disableShutdownHook().build();
        } catch (RuntimeException | LinkageError e) {
            throw new DeviceUnavailableException(BOARD_URI, Reason.OTHER, "Pi4J could not start: " + e,
                    INSTALL_PROVIDER, e);
        }
        return requireGpioProviders(context, false);
    }

    /**
     * A context on Pi4J's mock platform with its digital input and output providers, looked up
     * through {@code loader} so that sdk-core does not need the mock plugin to compile.
     */
    static Context mock(ClassLoader loader) {
        Platform platform;
        Provider<?, ?, ?> input;
        Provider<?, ?, ?> output;
        try {
            platform = (Platform) Class.forName(MOCK_PLATFORM, true, loader).getConstructor().newInstance();
            input = newProvider(loader, MOCK_INPUT_PROVIDER);
            output = newProvider(loader, MOCK_OUTPUT_PROVIDER);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new DeviceUnavailableException(BOARD_URI, Reason.NOT_FOUND,
                    "Pi4J's mock plugin (com.pi4j:pi4j-plugin-mock) is not on the class path", INSTALL_MOCK, e);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new DeviceUnavailableException(BOARD_URI, Reason.OTHER,
                    "Pi4J's mock plugin on the class path does not match pi4j-core: " + e, INSTALL_MOCK, e);
        }
        try {
            return Pi4J.newContextBuilder().noAutoDetect().add(platform).add(input, output)
                    .disableShutdownHook().build();
        } catch (RuntimeException e) {
            throw new DeviceUnavailableException(BOARD_URI, Reason.OTHER, "Pi4J's mock platform could not start: " + e,
                    null, e);
        }
    }

    private static Provider<?, ?, ?> newProvider(ClassLoader loader, String interfaceName) throws ReflectiveOperationException {
        return (Provider<?, ?, ?>) Class.forName(interfaceName, true, loader).getMethod("newInstance").invoke(null);
    }

    /**
     * Returns {@code context} if it has a digital input and a digital output provider, of the
     * mock plugin only if {@code mockAllowed}; shuts it down and throws otherwise.
     */
    static Context requireGpioProviders(Context context, boolean mockAllowed) {
        boolean input = context.providers().exists(IOType.DIGITAL_INPUT);
        boolean output = context.providers().exists(IOType.DIGITAL_OUTPUT);
        boolean mock = isMock(context);
        if (input && output && (mockAllowed || !mock)) {
            return context;
        }
        String board = describeBoard(context);
        shutdownQuietly(context);
        String detail;
        if (input && output) {
            detail = "no Pi4J GPIO provider for real pins was found on this machine (" + board
                    + "); Pi4J chose its mock plugin instead (off a Raspberry Pi it loads com.pi4j:pi4j-plugin-mock"
                    + " when that is on the class path), and GpioBoard.open() does not run on the mock";
        } else {
            String missing = !input && !output ? "digital input and digital output"
                    : !input ? "digital input" : "digital output";
            detail = "no Pi4J GPIO provider was found for " + missing + " on this machine (" + board
                    + "); a plugin that failed to start is logged by Pi4J above";
        }
        throw new DeviceUnavailableException(BOARD_URI, Reason.NOT_FOUND, detail, INSTALL_PROVIDER, null);
    }

    /** Whether {@code context} makes its digital inputs with Pi4J's mock plugin. */
    static boolean isMock(Context context) {
        try {
            Provider<?, ?, ?> provider = context.providers().get(IOType.DIGITAL_INPUT);
            return provider.getClass().getName().startsWith(MOCK_PACKAGE);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String describeBoard(Context context) {
        try {
            return "board: " + context.boardInfo().getBoardModel().getLabel()
                    + ", os: " + System.getProperty("os.name") + ' ' + System.getProperty("os.arch");
        } catch (RuntimeException e) {
            return "board unknown";
        }
    }

    static void shutdownQuietly(Context context) {
        try {
            context.shutdown();
        } catch (RuntimeException e) {
            // the context is being discarded after a failure that the caller reports
        }
    }

    /** Turns a failure of Pi4J to open or drive a pin into a {@link DeviceUnavailableException}. */
    static DeviceUnavailableException pinFailure(int pin, String what, RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        Reason reason = Reason.OTHER;
        String remedy = null;
        if (lower.contains("permission")) {
            reason = Reason.PERMISSION_DENIED;
            remedy = "give the user access to /dev/gpiochip* (add it to group gpio)";
        } else if (lower.contains("busy")) {
            reason = Reason.BUSY;
            remedy = "another process or a kernel driver holds the pin; see gpioinfo";
        }
        return new DeviceUnavailableException(pinUri(pin), reason, what + ": " + message, remedy, e);
    }

    static String pinUri(int pin) {
        return "gpio:bcm" + pin;
    }
}
