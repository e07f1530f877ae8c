package vn.motcua.core.gpio;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.motcua.core.internal.gpio.MockContexts;
import vn.motcua.core.internal.gpio.Pi4jGpioBoard;

/**
 * The example of the package documentation, on a mock board with a simulated press. The board
 * is {@link GpioBoard#mock()}'s, over a context the test keeps so that it can record the lamp's
 * pin.
 */
class UsageExampleTest {

    @Test
    void clickBlinksTheLampThreeTimes() {
        AtomicInteger clicks = new AtomicInteger();
        Context context = MockContexts.newContext();
        try (GpioBoard board = Pi4jGpioBoard.over(context, true, GpioOptions.defaults())) {
            Lamp lamp = board.lamp(LampConfig.builder(18).name("ready").build());
            Button button = board.button(ButtonConfig.builder(17).name("take-number").build());
            button.addListener(event -> {
                if (event.type() == ButtonEvent.Type.CLICK) {
                    lamp.blink(Duration.ofMillis(150), Duration.ofMillis(150), 3);
                    clicks.incrementAndGet();
                }
            });
            List<DigitalState> writes = new CopyOnWriteArrayList<>();
            MockContexts.output(context, 18).addListener(event -> writes.add(event.state()));

            GpioSimulator simulator = board.simulator().orElseThrow();
            simulator.press(button);
            Poll.until("the press to count", button::isPressed);
            simulator.release(button);
            Poll.until("the click", () -> clicks.get() == 1);

            Poll.until("three flashes, have " + writes,
                    () -> writes.stream().filter(s -> s == DigitalState.HIGH).count() == 3);
            Poll.until("the blink to end", () -> !lamp.isBlinking());
            assertThat(writes).containsExactly(DigitalState.HIGH, DigitalState.LOW, DigitalState.HIGH,
                    DigitalState.LOW, DigitalState.HIGH, DigitalState.LOW);
            assertThat(simulator.isHigh(18)).isFalse();
            assertThat(clicks).hasValue(1);
        }
    }
}
