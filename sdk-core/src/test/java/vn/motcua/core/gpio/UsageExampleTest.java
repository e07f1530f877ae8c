package vn.motcua.core.gpio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The example of the package documentation, on the mock board, with a simulated press. */
class UsageExampleTest {

    @Test
    void clickBlinksTheLampThreeTimes() {
        AtomicInteger clicks = new AtomicInteger();
        try (GpioBoard board = GpioBoard.mock()) {
            Lamp lamp = board.lamp(LampConfig.builder(18).name("ready").build());
            Button button = board.button(ButtonConfig.builder(17).name("take-number").build());
            button.addListener(event -> {
                if (event.type() == ButtonEvent.Type.CLICK) {
                    clicks.incrementAndGet();
                    lamp.blink(Duration.ofMillis(150), Duration.ofMillis(150), 3);
                }
            });

            GpioSimulator simulator = board.simulator().orElseThrow();
            simulator.press(button);
            Poll.until("the press to count", button::isPressed);
            simulator.release(button);
            Poll.until("the click", () -> clicks.get() == 1);

            assertThat(lamp.isBlinking() || !lamp.isOn()).isTrue();
            Poll.until("the blink to end", () -> !lamp.isBlinking());
            assertThat(simulator.isHigh(18)).isFalse();
        }
    }
}
