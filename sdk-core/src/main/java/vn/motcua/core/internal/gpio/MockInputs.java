package vn.motcua.core.internal.gpio;

import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Sets the level of an input of Pi4J's mock plugin through its {@code mockState} method, found
 * by reflection because sdk-core does not compile against the mock plugin.
 */
final class MockInputs {

    private MockInputs() {
    }

    /**
     * Sets the level of mock input {@code input}; Pi4J calls its listeners on this thread.
     *
     * @throws IllegalStateException if {@code input} is not a mock input
     */
    static void set(DigitalInput input, boolean high) {
        Method method = mockState(input);
        if (method == null) {
            throw new IllegalStateException("pin " + input.address() + " is not on Pi4J's mock platform");
        }
        try {
            method.invoke(input, high ? DigitalState.HIGH : DigitalState.LOW);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("mockState failed", cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("mockState is not accessible", e);
        }
    }

    private static Method mockState(DigitalInput input) {
        try {
            return input.getClass().getMethod("mockState", DigitalState.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
