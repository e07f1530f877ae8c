package vn.motcua.core.internal.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.exception.IOException;
import org.junit.jupiter.api.Test;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.DeviceUnavailableException.Reason;
import vn.motcua.core.gpio.GpioOptions;

class Pi4jContextsTest {

    /** Hides Pi4J's mock plugin, as on an application class path without it. */
    private static final class WithoutMockPlugin extends ClassLoader {
        WithoutMockPlugin(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("com.pi4j.plugin.mock.")) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }
    }

    @Test
    void mockWithoutTheMockPluginSaysWhatToAdd() {
        ClassLoader loader = new WithoutMockPlugin(getClass().getClassLoader());

        DeviceUnavailableException e = catchThrowableOfType(DeviceUnavailableException.class,
                () -> Pi4jContexts.mock(loader));

        assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(e.getMessage()).contains("mock plugin", "com.pi4j:pi4j-plugin-mock", "is not on the class path");
        assertThat(e.remedy()).contains("com.pi4j:pi4j-plugin-mock", "runtime scope", "test scope");
    }

    @Test
    void mockContextHasDigitalProvidersAndIsRecognisedAsMock() {
        Context context = Pi4jContexts.mock(getClass().getClassLoader());
        try {
            assertThat(Pi4jContexts.requireGpioProviders(context, true)).isSameAs(context);
            assertThat(Pi4jContexts.isMock(context)).isTrue();
        } finally {
            context.shutdown();
        }
    }

    @Test
    void mockProvidersDoNotCountWhereRealPinsAreRequired() {
        Context context = MockContexts.newContext();

        DeviceUnavailableException e = catchThrowableOfType(DeviceUnavailableException.class,
                () -> Pi4jContexts.requireGpioProviders(context, false));

        assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(e.getMessage()).contains("no Pi4J GPIO provider for real pins", "chose its mock plugin");
        assertThat(context.isShutdown()).isTrue();
    }

    @Test
    void contextWithoutGpioProvidersIsRefusedAndShutDown() {
        Context empty = Pi4J.newContextBuilder().noAutoDetect().disableShutdownHook().build();

        DeviceUnavailableException e = catchThrowableOfType(DeviceUnavailableException.class,
                () -> Pi4jGpioBoard.over(empty, true, GpioOptions.defaults()));

        assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(e.uri()).isEqualTo("gpio");
        assertThat(e.getMessage()).contains("no Pi4J GPIO provider was found for digital input and digital output");
        assertThat(e.remedy()).contains("pi4j-plugin-gpiod", "GpioBoard.mock()");
        assertThat(empty.isShutdown()).isTrue();
        assertThat(Pi4jContexts.isMock(empty)).isFalse();
    }

    @Test
    void pinFailuresAreClassifiedWithARemedy() {
        DeviceUnavailableException denied = Pi4jContexts.pinFailure(17, "button 'b': cannot open input",
                new IOException("open /dev/gpiochip0: Permission denied"));
        DeviceUnavailableException busy = Pi4jContexts.pinFailure(18, "lamp 'l': cannot open output",
                new IOException("Device or resource busy"));
        DeviceUnavailableException other = Pi4jContexts.pinFailure(19, "lamp 'x': write failed",
                new IOException("bad things"));

        assertThat(denied.reason()).isEqualTo(Reason.PERMISSION_DENIED);
        assertThat(denied.uri()).isEqualTo("gpio:bcm17");
        assertThat(denied.remedy()).contains("group gpio");
        assertThat(denied.getMessage()).startsWith("gpio:bcm17: button 'b': cannot open input: open /dev/gpiochip0");
        assertThat(busy.reason()).isEqualTo(Reason.BUSY);
        assertThat(other.reason()).isEqualTo(Reason.OTHER);
        assertThat(other.remedy()).isNull();
        assertThat(other.getCause()).isInstanceOf(IOException.class);
    }
}
