package vn.motcua.core.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.DeviceUnavailableException.Reason;
import vn.motcua.core.internal.gpio.MockContexts;
import vn.motcua.core.internal.gpio.Pi4jGpioBoard;

class GpioBoardTest {

    @Test
    void openOnAMachineWithoutAGpioProviderSaysWhatToInstall() {
        // the test class path has pi4j-core and the mock plugin, which open() ignores
        DeviceUnavailableException e = catchThrowableOfType(DeviceUnavailableException.class, GpioBoard::open);

        assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(e.getMessage()).startsWith("gpio: no Pi4J GPIO provider").contains("mock plugin");
        assertThat(e.remedy()).contains("pi4j-plugin-raspberrypi", "pi4j-plugin-gpiod", "/dev/gpiochip",
                "GpioBoard.mock()", "pi4j-plugin-mock");
        assertThat(e.getCause()).isNull();
    }

    @Test
    void mockBoardHasASimulatorThatPressesButtonsAndReadsLamps() {
        RecordingThreadFactory threads = new RecordingThreadFactory("test-mock-");
        try (GpioBoard board = GpioBoard.mock(GpioOptions.builder().threadFactory(threads).build())) {
            GpioSimulator simulator = board.simulator().orElseThrow();
            Button button = board.button(ButtonConfig.builder(17).debounce(Duration.ofMillis(5))
                    .longPress(Duration.ofMinutes(1)).build());
            Lamp lamp = board.lamp(18);
            RecordingButtonListener events = new RecordingButtonListener();
            button.addListener(events);
            assertThat(simulator.isHigh(17)).isTrue(); // pulled up: released

            simulator.press(button);
            assertThat(simulator.isHigh(17)).isFalse();
            events.await(ButtonEvent.Type.PRESSED);
            assertThat(button.isPressed()).isTrue();
            simulator.release(button);
            events.await(ButtonEvent.Type.CLICK);
            simulator.setInput(17, false);
            events.awaitCount(ButtonEvent.Type.PRESSED, 2);

            assertThat(simulator.isHigh(18)).isFalse();
            lamp.on();
            assertThat(simulator.isHigh(18)).isTrue();
            assertThatThrownBy(() -> simulator.isHigh(5))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("pin:");
            assertThatThrownBy(() -> simulator.setInput(18, true))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no open button");
        }
        threads.awaitAllEnded();
    }

    @Test
    void boardOverExplicitMockProvidersIsSimulatedToo() {
        try (GpioBoard board = Pi4jGpioBoard.over(MockContexts.newContext(), true, GpioOptions.defaults())) {
            assertThat(board.simulator()).isPresent();
        }
    }

    @Test
    void closeClosesLampsAndButtonsInReverseOrderOfCreation() {
        Context context = MockContexts.newContext();
        GpioBoard board = Pi4jGpioBoard.over(context, true, GpioOptions.defaults());
        Lamp first = board.lamp(LampConfig.builder(18).name("first").build());
        Button button = board.button(17);
        Lamp last = board.lamp(LampConfig.builder(23).name("last").build());
        first.on();
        last.on();
        List<String> offs = new CopyOnWriteArrayList<>();
        MockContexts.output(context, 18).addListener(e -> offs.add("first " + e.state()));
        MockContexts.output(context, 23).addListener(e -> offs.add("last " + e.state()));

        board.close();

        assertThat(offs).containsExactly("last LOW", "first LOW");
        assertThat(first.isClosed()).isTrue();
        assertThat(button.isClosed()).isTrue();
        assertThat(last.isClosed()).isTrue();
        assertThat(context.isShutdown()).isTrue();
    }

    @Test
    void closeIsIdempotentAndEndsEveryThreadTheBoardMade() {
        RecordingThreadFactory threads = new RecordingThreadFactory("test-board-");
        RecordingErrorHandler errors = new RecordingErrorHandler();
        Context context = MockContexts.newContext();
        GpioBoard board = Pi4jGpioBoard.over(context, true,
                GpioOptions.builder().threadFactory(threads).errorHandler(errors).build());
        Button button = board.button(ButtonConfig.builder(17).debounce(Duration.ofMillis(5)).build());
        RecordingButtonListener events = new RecordingButtonListener();
        button.addListener(events);
        Lamp lamp = board.lamp(18);
        Lamp other = board.lamp(27);
        lamp.blinkForever(Duration.ofMillis(2), Duration.ofMillis(2));
        other.blinkForever(Duration.ofMillis(3), Duration.ofMillis(3));
        MockContexts.input(context, 17).mockState(DigitalState.LOW);
        events.await(ButtonEvent.Type.PRESSED);
        assertThat(threads.alive()).hasSize(3); // the event thread and one per blinking lamp
        MockDigitalOutput lampOutput = MockContexts.output(context, 18);
        MockDigitalOutput otherOutput = MockContexts.output(context, 27);

        board.close();
        board.close();

        threads.awaitAllEnded();
        assertThat(threads.threads()).hasSize(3);
        assertThat(board.isClosed()).isTrue();
        assertThat(lampOutput.state()).isEqualTo(DigitalState.LOW);
        assertThat(otherOutput.state()).isEqualTo(DigitalState.LOW);
        assertThat(context.registry().all()).isEmpty();
        assertThat(errors.reported()).isEmpty();
        assertThatThrownBy(() -> board.lamp(22))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("board is closed");
        assertThatThrownBy(() -> button.addListener(events)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void defaultThreadsAreNamedAfterTheirRoleAndEndWithTheBoard() {
        GpioBoard board = GpioBoard.mock();
        Button button = board.button(ButtonConfig.builder(17).debounce(Duration.ofMillis(5)).build());
        RecordingButtonListener events = new RecordingButtonListener();
        button.addListener(events);
        Lamp lamp = board.lamp(LampConfig.builder(18).name("naming-test").build());
        lamp.blinkForever(Duration.ofMillis(2), Duration.ofMillis(2));

        board.simulator().orElseThrow().press(button);
        events.await(ButtonEvent.Type.PRESSED);
        Thread eventThread = events.threads().get(0);
        Thread lampThread = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("motcua-gpio-lamp-naming-test"))
                .findFirst().orElseThrow();
        assertThat(eventThread.getName()).isEqualTo("motcua-gpio-events");
        assertThat(eventThread.isDaemon()).isTrue();
        assertThat(lampThread.isDaemon()).isTrue();

        board.close();

        Poll.until("the board's threads to end", () -> !eventThread.isAlive() && !lampThread.isAlive());
    }

    @Test
    void aPinServesOnePartAtATime() {
        try (GpioBoard board = GpioBoard.mock()) {
            Button button = board.button(ButtonConfig.builder(17).name("take-number").build());

            assertThatThrownBy(() -> board.lamp(17))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("pin: bcm 17 is already used by 'take-number'");
            assertThatThrownBy(() -> board.button(17)).isInstanceOf(IllegalArgumentException.class);

            button.close();
            Lamp lamp = board.lamp(17);
            assertThat(lamp.pin()).isEqualTo(17);
        }
    }

    @Test
    void partsReportTheirConfig() {
        try (GpioBoard board = GpioBoard.mock()) {
            Button button = board.button(ButtonConfig.builder(5).name("priority").build());
            Lamp lamp = board.lamp(6);

            assertThat(button.name()).isEqualTo("priority");
            assertThat(button.pin()).isEqualTo(5);
            assertThat(lamp.name()).isEqualTo("lamp-6");
            assertThat(lamp.pin()).isEqualTo(6);
        }
    }
}
