package vn.motcua.core.internal.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;

/** Pi4J contexts on the mock platform with explicitly added providers, and their pins. */
public final class MockContexts {

    private MockContexts() {
    }

    public static Context newContext() {
        return Pi4J.newContextBuilder()
                .noAutoDetect()
                .add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
                .disableShutdownHook()
                .build();
    }

    /** The mock input that Pi4J made for BCM {@code pin}. */
    public static MockDigitalInput input(Context context, int pin) {
        return context.registry().allByType(MockDigitalInput.class).values().stream()
                .filter(io -> io.address().intValue() == pin)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mock input on bcm " + pin));
    }

    /** The mock output that Pi4J made for BCM {@code pin}. */
    public static MockDigitalOutput output(Context context, int pin) {
        return context.registry().allByType(MockDigitalOutput.class).values().stream()
                .filter(io -> io.address().intValue() == pin)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mock output on bcm " + pin));
    }
}
