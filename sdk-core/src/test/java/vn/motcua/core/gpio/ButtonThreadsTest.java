package vn.motcua.core.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.core.gpio.ButtonEvent.Type.CLICK;
import static vn.motcua.core.gpio.ButtonEvent.Type.LONG_PRESS;
import static vn.motcua.core.gpio.ButtonEvent.Type.PRESSED;
import static vn.motcua.core.gpio.ButtonEvent.Type.RELEASED;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.core.internal.gpio.MockContexts;
import vn.motcua.core.internal.gpio.Pi4jGpioBoard;

/**
 * Buttons on real threads: Pi4J's mock input, the board's event thread and its timers. Every
 * wait polls for the expected event, so a slow machine only makes the test slower.
 */
class ButtonThreadsTest {
    private static final int PIN = 17;

    private final Context context = MockContexts.newContext();
    private final RecordingThreadFactory threads = new RecordingThreadFactory("test-gpio-");
    private final RecordingErrorHandler errors = new RecordingErrorHandler();
    private final GpioBoard board = Pi4jGpioBoard.over(context, true,
            GpioOptions.builder().threadFactory(threads).errorHandler(errors).build());
    private final RecordingButtonListener events = new RecordingButtonListener();

    @AfterEach
    void closeBoard() {
        board.close();
    }

    private Button button(ButtonConfig.Builder config) {
        Button button = board.button(config.name("take-number").build());
        button.addListener(events);
        return button;
    }

    private MockDigitalInput input() {
        return MockContexts.input(context, PIN);
    }

    @Test
    void clickIsDeliveredOnTheBoardsEventThread() {
        // a long press far beyond any stall, so this press is a click
        button(ButtonConfig.builder(PIN).debounce(Duration.ofMillis(10)).longPress(Duration.ofMinutes(1)));

        input().mockState(DigitalState.LOW);
        events.await(PRESSED);
        input().mockState(DigitalState.HIGH);
        events.await(CLICK);

        assertThat(events.types()).containsExactly(PRESSED, RELEASED, CLICK);
        assertThat(events.threads()).hasSize(3).allSatisfy(thread -> {
            assertThat(thread).isNotSameAs(Thread.currentThread());
            assertThat(threads.threads()).contains(thread);
        });
        assertThat(events.threads()).containsOnly(events.threads().get(0));
        assertThat(events.threads().get(0).getName()).isEqualTo("motcua-gpio-events");
        assertThat(errors.reported()).isEmpty();
    }

    @Test
    void longPressArrivesWhileHeldAndTheReleaseGivesNoClick() {
        button(ButtonConfig.builder(PIN).debounce(Duration.ofMillis(10)).longPress(Duration.ofMillis(150)));

        input().mockState(DigitalState.LOW);
        events.await(LONG_PRESS);
        input().mockState(DigitalState.HIGH);
        events.await(RELEASED);
        // a second press and release; its CLICK marks that every event of the first has arrived
        input().mockState(DigitalState.LOW);
        events.awaitCount(PRESSED, 2);
        input().mockState(DigitalState.HIGH);
        events.awaitCount(RELEASED, 2);

        assertThat(events.types()).startsWith(PRESSED, LONG_PRESS, RELEASED, PRESSED);
        assertThat(events.types().subList(0, 3)).doesNotContain(CLICK);
        assertThat(events.types()).filteredOn(t -> t == LONG_PRESS).hasSizeBetween(1, 2);
        assertThat(events.events().get(1).held()).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    @Test
    void throwingListenerDoesNotStopTheEventThread() {
        Button button = board.button(ButtonConfig.builder(PIN).name("take-number")
                .debounce(Duration.ofMillis(5)).longPress(Duration.ofMinutes(1)).build());
        button.addListener(event -> {
            throw new IllegalStateException("boom");
        });
        button.addListener(events);

        for (int round = 1; round <= 2; round++) {
            input().mockState(DigitalState.LOW);
            events.awaitCount(PRESSED, round);
            input().mockState(DigitalState.HIGH);
            events.awaitCount(CLICK, round);
        }

        assertThat(events.types()).containsExactly(PRESSED, RELEASED, CLICK, PRESSED, RELEASED, CLICK);
        assertThat(errors.reported()).hasSize(6).allSatisfy(r -> {
            assertThat(r.source()).isEqualTo("take-number");
            assertThat(r.error()).hasMessage("boom");
        });
    }
}
