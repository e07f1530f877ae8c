package vn.motcua.core.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.core.internal.gpio.MockContexts;
import vn.motcua.core.internal.gpio.Pi4jGpioBoard;

/** Lamps on Pi4J's mock outputs, with their blink threads made by a recording factory. */
class LampTest {
    private static final int PIN = 18;
    private static final Duration MS_5 = Duration.ofMillis(5);

    private final Context context = MockContexts.newContext();
    private final RecordingThreadFactory threads = new RecordingThreadFactory("test-lamp-");
    private final RecordingErrorHandler errors = new RecordingErrorHandler();
    private final GpioBoard board = Pi4jGpioBoard.over(context, true,
            GpioOptions.builder().threadFactory(threads).errorHandler(errors).build());

    @AfterEach
    void closeBoard() {
        board.close();
    }

    private MockDigitalOutput output() {
        return MockContexts.output(context, PIN);
    }

    /** Every level written to the mock output from now on. */
    private List<DigitalState> recordWrites() {
        List<DigitalState> writes = new CopyOnWriteArrayList<>();
        output().addListener(event -> writes.add(event.state()));
        return writes;
    }

    @Test
    void onOffAndToggleDriveTheOutput() {
        Lamp lamp = board.lamp(PIN);
        assertThat(output().state()).isEqualTo(DigitalState.LOW);
        assertThat(lamp.isOn()).isFalse();

        lamp.on();
        assertThat(output().state()).isEqualTo(DigitalState.HIGH);
        assertThat(lamp.isOn()).isTrue();

        lamp.off();
        assertThat(output().state()).isEqualTo(DigitalState.LOW);
        assertThat(lamp.isOn()).isFalse();

        lamp.toggle();
        assertThat(output().state()).isEqualTo(DigitalState.HIGH);
        lamp.toggle();
        assertThat(output().state()).isEqualTo(DigitalState.LOW);
        assertThat(threads.threads()).isEmpty();
    }

    @Test
    void activeLowLampIsLitByALowPin() {
        Lamp lamp = board.lamp(LampConfig.builder(PIN).activeLevel(ActiveLevel.LOW).build());
        assertThat(output().state()).isEqualTo(DigitalState.HIGH);
        assertThat(lamp.isOn()).isFalse();

        lamp.on();

        assertThat(output().state()).isEqualTo(DigitalState.LOW);
        assertThat(lamp.isOn()).isTrue();
    }

    @Test
    void blinkTogglesTheOutputTheGivenNumberOfTimesThenLeavesItOff() {
        Lamp lamp = board.lamp(PIN);
        List<DigitalState> writes = recordWrites();

        lamp.blink(MS_5, MS_5, 3);
        Poll.until("the blink to end", () -> !lamp.isBlinking());

        assertThat(writes).containsExactly(DigitalState.HIGH, DigitalState.LOW, DigitalState.HIGH,
                DigitalState.LOW, DigitalState.HIGH, DigitalState.LOW);
        assertThat(output().state()).isEqualTo(DigitalState.LOW);
        assertThat(lamp.isOn()).isFalse();
        assertThat(errors.reported()).isEmpty();
    }

    @Test
    void stopBlinkLeavesTheLampOffAndWritesNothingMore() throws InterruptedException {
        Lamp lamp = board.lamp(PIN);
        List<DigitalState> writes = recordWrites();
        lamp.blinkForever(Duration.ofMillis(2), Duration.ofMillis(2));
        Poll.until("a few blinks", () -> writes.size() >= 6);
        assertThat(lamp.isBlinking()).isTrue(); // an endless blink, however late this runs

        lamp.stopBlink();
        int written = writes.size();
        Thread.sleep(50); // room for a step that stopBlink failed to stop

        assertThat(lamp.isBlinking()).isFalse();
        assertThat(output().state()).isEqualTo(DigitalState.LOW);
        assertThat(writes).hasSize(written);
        lamp.stopBlink();
        assertThat(writes).hasSize(written);
    }

    @Test
    void onDuringABlinkStopsItAndStaysOn() throws InterruptedException {
        Lamp lamp = board.lamp(PIN);
        lamp.blinkForever(Duration.ofMillis(2), Duration.ofMillis(2));

        lamp.on();
        Thread.sleep(30);

        assertThat(lamp.isBlinking()).isFalse();
        assertThat(lamp.isOn()).isTrue();
        assertThat(output().state()).isEqualTo(DigitalState.HIGH);
    }

    @Test
    void aNewBlinkReplacesTheRunningOne() {
        Lamp lamp = board.lamp(PIN);
        lamp.blinkForever(Duration.ofMinutes(1), Duration.ofMinutes(1)); // lit, next step in a minute
        List<DigitalState> writes = recordWrites();

        lamp.blink(MS_5, MS_5, 2);
        Poll.until("the blink to end", () -> !lamp.isBlinking());

        // the new blink starts lit, which the lamp already was: no change for its first write
        assertThat(writes).containsExactly(DigitalState.LOW, DigitalState.HIGH, DigitalState.LOW);
        assertThat(output().state()).isEqualTo(DigitalState.LOW);
        assertThat(threads.threads()).hasSize(1);
    }

    @Test
    void closeTurnsTheLampOffAndEndsItsBlinkThread() {
        Lamp lamp = board.lamp(LampConfig.builder(PIN).name("called").build());
        lamp.blinkForever(Duration.ofMillis(2), Duration.ofMillis(2));
        Poll.until("the blink thread to start", () -> threads.alive().size() == 1);

        lamp.close();

        assertThat(lamp.isClosed()).isTrue();
        assertThat(lamp.isBlinking()).isFalse();
        assertThat(lamp.isOn()).isFalse();
        threads.awaitAllEnded();
        assertThat(threads.threads()).singleElement()
                .satisfies(thread -> assertThat(thread.getName()).isEqualTo("motcua-gpio-lamp-called"));
        assertThat(context.registry().exists("lamp-bcm" + PIN)).isFalse();

        lamp.close();
        lamp.stopBlink();
        assertThatThrownBy(lamp::on).isInstanceOf(IllegalStateException.class).hasMessageContaining("'called'");
        assertThatThrownBy(() -> lamp.blink(MS_5, MS_5, 1)).isInstanceOf(IllegalStateException.class);
        assertThat(errors.reported()).isEmpty();
    }

    @Test
    void closedLampFreesItsPin() {
        board.lamp(PIN).close();

        Lamp again = board.lamp(PIN);
        again.on();

        assertThat(output().state()).isEqualTo(DigitalState.HIGH);
    }

    @Test
    void blinkArgumentsAreChecked() {
        Lamp lamp = board.lamp(PIN);

        assertThatThrownBy(() -> lamp.blink(Duration.ZERO, MS_5, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("on:");
        assertThatThrownBy(() -> lamp.blink(MS_5, Duration.ofNanos(10), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("off:");
        assertThatThrownBy(() -> lamp.blink(MS_5, MS_5, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("times:");
        assertThatThrownBy(() -> lamp.blinkForever(MS_5, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("off:");
        assertThat(lamp.isBlinking()).isFalse();
        assertThat(threads.threads()).isEmpty();
    }
}
