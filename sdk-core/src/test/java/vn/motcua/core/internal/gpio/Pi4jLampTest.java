package vn.motcua.core.internal.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pi4j.context.Context;
import com.pi4j.io.exception.IOException;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalOutputConfig;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.gpio.LampConfig;
import vn.motcua.core.gpio.Poll;
import vn.motcua.core.gpio.RecordingErrorHandler;
import vn.motcua.core.gpio.RecordingThreadFactory;

/** A lamp whose pin refuses writes on demand, as a pin lost to another process would. */
class Pi4jLampTest {
    private static final int PIN = 18;

    private final Context context = MockContexts.newContext();
    private final FailingOutput output = new FailingOutput(context);
    private final RecordingThreadFactory threads = new RecordingThreadFactory("test-lamp-");
    private final RecordingErrorHandler errors = new RecordingErrorHandler();
    private final Pi4jLamp lamp = new Pi4jLamp(LampConfig.builder(PIN).name("ready").build(), output, threads,
            errors, l -> { });

    @AfterEach
    void close() {
        lamp.close();
        context.shutdown();
    }

    /** A mock output whose writes throw while {@link #failing} is set, and that records the others. */
    private static final class FailingOutput extends MockDigitalOutput {
        volatile boolean failing;
        final List<DigitalState> writes = new CopyOnWriteArrayList<>();

        FailingOutput(Context context) {
            super(MockDigitalOutputProvider.newInstance(), DigitalOutputConfig.newBuilder(context)
                    .id("failing-bcm" + PIN).address(PIN).initial(DigitalState.LOW).build());
        }

        @Override
        public DigitalOutput state(DigitalState state) {
            if (failing) {
                throw new IOException("pin " + PIN + " is gone");
            }
            writes.add(state);
            return super.state(state);
        }
    }

    @Test
    void blinkWhoseFirstWriteFailsThrowsAndLeavesNoBlinkRunning() {
        output.failing = true;

        assertThatThrownBy(() -> lamp.blink(Duration.ofMillis(5), Duration.ofMillis(5), 3))
                .isInstanceOf(DeviceUnavailableException.class).hasMessageContaining("'ready'");

        assertThat(lamp.isBlinking()).isFalse();
        lamp.stopBlink(); // nothing to stop: does not write, so does not throw
        assertThat(threads.threads()).isEmpty();

        output.failing = false;
        lamp.blink(Duration.ofMillis(5), Duration.ofMillis(5), 1);
        Poll.until("the blink to end", () -> !lamp.isBlinking());
        assertThat(output.writes).containsExactly(DigitalState.HIGH, DigitalState.LOW);
        assertThat(errors.reported()).isEmpty();
    }

    @Test
    void writeFailingDuringABlinkEndsItAndGoesToTheErrorHandler() throws InterruptedException {
        lamp.blinkForever(Duration.ofMillis(20), Duration.ofMillis(20));
        assertThat(lamp.isBlinking()).isTrue();
        output.failing = true;

        Poll.until("the failure to be reported", () -> !errors.reported().isEmpty());

        assertThat(lamp.isBlinking()).isFalse();
        assertThat(errors.reported()).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo("ready");
            assertThat(r.error()).isInstanceOf(DeviceUnavailableException.class)
                    .hasRootCauseMessage("pin " + PIN + " is gone");
        });
        output.failing = false;
        int written = output.writes.size();
        Thread.sleep(100); // room for steps of a blink that failed to end
        assertThat(output.writes).hasSize(written).startsWith(DigitalState.HIGH);
        assertThat(errors.reported()).hasSize(1);
        lamp.stopBlink();
        assertThat(output.writes).hasSize(written);
    }
}
