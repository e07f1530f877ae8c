package vn.motcua.core.internal.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.core.gpio.ButtonEvent.Type.CLICK;
import static vn.motcua.core.gpio.ButtonEvent.Type.LONG_PRESS;
import static vn.motcua.core.gpio.ButtonEvent.Type.PRESSED;
import static vn.motcua.core.gpio.ButtonEvent.Type.RELEASED;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.core.gpio.ActiveLevel;
import vn.motcua.core.gpio.Button;
import vn.motcua.core.gpio.ButtonConfig;
import vn.motcua.core.gpio.ButtonEvent;
import vn.motcua.core.gpio.GpioOptions;
import vn.motcua.core.gpio.Pull;
import vn.motcua.core.gpio.RecordingButtonListener;
import vn.motcua.core.gpio.RecordingErrorHandler;

/**
 * Debouncing and press timing, on virtual time: edges go through Pi4J's mock input and its
 * real listener path; only the event loop runs on the test thread.
 */
class ButtonDebounceTest {
    private static final int PIN = 17;

    private final Context context = MockContexts.newContext();
    private final ManualEventLoop loop = new ManualEventLoop();
    private final RecordingErrorHandler errors = new RecordingErrorHandler();
    private final Pi4jGpioBoard board = new Pi4jGpioBoard(context, true,
            GpioOptions.builder().errorHandler(errors).build(), loop);
    private final RecordingButtonListener events = new RecordingButtonListener();

    @AfterEach
    void closeBoard() {
        board.close();
    }

    /** A button wired to ground with the default 30 ms debounce and 2 s long press. */
    private Button button() {
        return button(ButtonConfig.builder(PIN).name("take-number").build());
    }

    private Button button(ButtonConfig config) {
        Button button = board.button(config);
        button.addListener(events);
        loop.runPending();
        return button;
    }

    private MockDigitalInput input() {
        return MockContexts.input(context, PIN);
    }

    private void press() {
        input().mockState(DigitalState.LOW);
    }

    private void release() {
        input().mockState(DigitalState.HIGH);
    }

    @Test
    void shortPressGivesPressedReleasedClickOnceStableForTheDebouncePeriod() {
        Button button = button();
        assertThat(button.isPressed()).isFalse();

        press();
        loop.advanceMillis(29);
        assertThat(events.events()).isEmpty();
        assertThat(button.isPressed()).isFalse();
        loop.advanceMillis(1);
        assertThat(events.types()).containsExactly(PRESSED);
        assertThat(button.isPressed()).isTrue();

        loop.advanceMillis(70);
        release();
        loop.advanceMillis(30);

        assertThat(events.types()).containsExactly(PRESSED, RELEASED, CLICK);
        ButtonEvent pressed = events.events().get(0);
        ButtonEvent released = events.events().get(1);
        ButtonEvent click = events.events().get(2);
        assertThat(pressed.button()).isEqualTo("take-number");
        assertThat(pressed.at()).isEqualTo(ManualEventLoop.EPOCH.plusMillis(30));
        assertThat(pressed.held()).isZero();
        assertThat(released.at()).isEqualTo(ManualEventLoop.EPOCH.plusMillis(130));
        assertThat(released.held()).isEqualTo(Duration.ofMillis(100));
        assertThat(click.held()).isEqualTo(Duration.ofMillis(100));
        assertThat(button.isPressed()).isFalse();
    }

    @Test
    void levelShorterThanTheDebouncePeriodGivesNoEvent() {
        button();

        press();
        loop.advanceMillis(25);
        release();
        loop.advanceMillis(5_000);

        assertThat(events.events()).isEmpty();
    }

    @Test
    void bounceOnPressAndOnReleaseGivesOneEventEach() {
        Button button = button();

        bounceEndingAt(DigitalState.LOW);
        loop.advanceMillis(29);
        assertThat(events.events()).isEmpty();
        loop.advanceMillis(1);
        assertThat(events.types()).containsExactly(PRESSED);

        loop.advanceMillis(300);
        bounceEndingAt(DigitalState.HIGH);
        loop.advanceMillis(5_000);

        assertThat(events.types()).containsExactly(PRESSED, RELEASED, CLICK);
        assertThat(button.isPressed()).isFalse();
        assertThat(errors.reported()).isEmpty();
    }

    /** Contact bounce lasting 40 ms in all, no level held for as long as the 30 ms debounce. */
    private void bounceEndingAt(DigitalState last) {
        DigitalState other = last == DigitalState.LOW ? DigitalState.HIGH : DigitalState.LOW;
        for (int i = 0; i < 5; i++) {
            input().mockState(last);
            loop.advanceMillis(3);
            input().mockState(other);
            loop.advanceMillis(5);
        }
        input().mockState(last);
    }

    @Test
    void longPressIsSentOnceWhileHeldThenReleasedWithoutClick() {
        button();

        press();
        loop.advanceMillis(30);
        loop.advanceMillis(1_999);
        assertThat(events.types()).containsExactly(PRESSED);
        loop.advanceMillis(1);
        assertThat(events.types()).containsExactly(PRESSED, LONG_PRESS);
        assertThat(events.events().get(1).held()).isEqualTo(Duration.ofSeconds(2));

        loop.advanceMillis(10_000);
        assertThat(events.types()).containsExactly(PRESSED, LONG_PRESS);

        release();
        loop.advanceMillis(30);
        assertThat(events.types()).containsExactly(PRESSED, LONG_PRESS, RELEASED);
        assertThat(events.events().get(2).held()).isEqualTo(Duration.ofMillis(12_030));

        press();
        loop.advanceMillis(100);
        release();
        loop.advanceMillis(100);
        assertThat(events.types()).containsExactly(PRESSED, LONG_PRESS, RELEASED, PRESSED, RELEASED, CLICK);
    }

    @Test
    void pressJustShorterThanTheLongPressIsAClick() {
        button(ButtonConfig.builder(PIN).longPress(Duration.ofMillis(500)).build());

        press();
        loop.advanceMillis(499); // both edges are recognised one debounce period late
        release();
        loop.advanceMillis(30);

        assertThat(events.types()).containsExactly(PRESSED, RELEASED, CLICK);
        assertThat(events.events().get(2).held()).isEqualTo(Duration.ofMillis(499));
    }

    @Test
    void pressAsLongAsTheLongPressIsALongPress() {
        button(ButtonConfig.builder(PIN).longPress(Duration.ofMillis(500)).build());

        press();
        loop.advanceMillis(500);
        release();
        loop.advanceMillis(30);

        assertThat(events.types()).containsExactly(PRESSED, LONG_PRESS, RELEASED);
    }

    @Test
    void buttonHeldWhenCreatedGivesNoEventsUntilReleasedAndPressedAgain() {
        DigitalInput input = context.create(DigitalInput.newConfigBuilder(context)
                .id("held").address(PIN).pull(PullResistance.PULL_UP).build());
        MockDigitalInput held = (MockDigitalInput) input;
        held.mockState(DigitalState.LOW);
        Pi4jButton button = new Pi4jButton(ButtonConfig.builder(PIN).build(), held, loop, errors, b -> { });
        button.addListener(events);
        assertThat(button.isPressed()).isTrue();
        loop.advanceMillis(100);
        assertThat(button.isPressed()).isTrue();

        held.mockState(DigitalState.HIGH);
        loop.advanceMillis(100);
        assertThat(events.events()).isEmpty();
        assertThat(button.isPressed()).isFalse();

        held.mockState(DigitalState.LOW);
        loop.advanceMillis(100);
        held.mockState(DigitalState.HIGH);
        loop.advanceMillis(100);
        assertThat(events.types()).containsExactly(PRESSED, RELEASED, CLICK);
        button.close();
    }

    @Test
    void edgeReportedWhileTheButtonIsCreatedIsNotLost() {
        MockDigitalInput mock = releasedInput();
        // Pi4J reports a press after the button read the pin but before its first task is queued
        Pi4jButton button = new Pi4jButton(ButtonConfig.builder(PIN).build(), mock,
                raceBeforeFirstTask(() -> mock.mockState(DigitalState.LOW)), errors, b -> { });
        button.addListener(events);

        loop.advanceMillis(30);

        assertThat(events.types()).containsExactly(PRESSED);
        button.close();
    }

    @ParameterizedTest(name = "debounce {0} ms")
    @ValueSource(longs = {0, 30})
    void edgeSettledBeforeTheButtonStartsIsNotLost(long debounceMillis) {
        MockDigitalInput mock = releasedInput();
        // the press is reported and stays stable for the whole debounce period while the creating
        // thread is held up between reading the pin and queuing the button's first task
        Pi4jButton button = new Pi4jButton(
                ButtonConfig.builder(PIN).debounce(Duration.ofMillis(debounceMillis)).build(), mock,
                raceBeforeFirstTask(() -> {
                    mock.mockState(DigitalState.LOW);
                    loop.advanceMillis(debounceMillis);
                }), errors, b -> { });
        button.addListener(events);

        loop.runPending();
        assertThat(events.types()).containsExactly(PRESSED);
        assertThat(button.isPressed()).isTrue();
        assertThat(events.events().get(0).at()).isEqualTo(ManualEventLoop.EPOCH.plusMillis(debounceMillis));

        mock.mockState(DigitalState.HIGH);
        loop.advanceMillis(debounceMillis);
        assertThat(events.types()).containsExactly(PRESSED, RELEASED, CLICK);
        button.close();
    }

    /** A released input of a button wired to ground, made without a board. */
    private MockDigitalInput releasedInput() {
        DigitalInput input = context.create(DigitalInput.newConfigBuilder(context)
                .id("racy").address(PIN).pull(PullResistance.PULL_UP).build());
        MockDigitalInput mock = (MockDigitalInput) input;
        mock.mockState(DigitalState.HIGH);
        return mock;
    }

    /** {@link #loop}, but running {@code race} first when the first task is submitted. */
    private EventLoop raceBeforeFirstTask(Runnable race) {
        return new EventLoop() {
            private boolean first = true;

            @Override
            public void execute(Runnable task) {
                if (first) {
                    first = false;
                    race.run();
                }
                loop.execute(task);
            }

            @Override
            public Timer schedule(Runnable task, Duration delay) {
                return loop.schedule(task, delay);
            }

            @Override
            public Instant now() {
                return loop.now();
            }

            @Override
            public boolean inLoop() {
                return loop.inLoop();
            }

            @Override
            public void close() {
                loop.close();
            }
        };
    }

    @Test
    void pressRightAfterCreationCounts() {
        Button button = board.button(ButtonConfig.builder(PIN).build());
        button.addListener(events);
        press(); // before the event loop has run anything

        loop.advanceMillis(30);

        assertThat(events.types()).containsExactly(PRESSED);
    }

    @Test
    void activeHighButtonWithPullDownIsPressedWhenHigh() {
        button(ButtonConfig.builder(PIN).pull(Pull.DOWN).activeLevel(ActiveLevel.HIGH).build());
        assertThat(input().state()).isEqualTo(DigitalState.LOW);

        input().mockState(DigitalState.HIGH);
        loop.advanceMillis(50);
        input().mockState(DigitalState.LOW);
        loop.advanceMillis(50);

        assertThat(events.types()).containsExactly(PRESSED, RELEASED, CLICK);
    }

    @Test
    void debounceIsConfigurable() {
        button(ButtonConfig.builder(PIN).debounce(Duration.ofMillis(80)).build());

        press();
        loop.advanceMillis(79);
        assertThat(events.events()).isEmpty();
        loop.advanceMillis(1);
        assertThat(events.types()).containsExactly(PRESSED);
    }

    @Test
    void throwingListenerIsIsolatedAndReportedToTheErrorHandler() {
        Button button = board.button(ButtonConfig.builder(PIN).name("take-number").build());
        button.addListener(event -> {
            throw new IllegalStateException("listener broke on " + event.type());
        });
        button.addListener(events);
        loop.runPending();

        press();
        loop.advanceMillis(50);
        release();
        loop.advanceMillis(50);

        assertThat(events.types()).containsExactly(PRESSED, RELEASED, CLICK);
        assertThat(errors.reported()).hasSize(3);
        assertThat(errors.reported()).allSatisfy(r -> {
            assertThat(r.source()).isEqualTo("take-number");
            assertThat(r.error()).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("listener broke");
        });
    }

    @Test
    void removedListenerHearsNothing() {
        Button button = button();
        RecordingButtonListener removed = new RecordingButtonListener();
        button.addListener(removed);
        button.removeListener(removed);

        press();
        loop.advanceMillis(50);

        assertThat(events.types()).containsExactly(PRESSED);
        assertThat(removed.events()).isEmpty();
    }

    @Test
    void closedButtonDropsPendingEdgesAndFreesItsPin() {
        Button button = button();
        press();
        loop.advanceMillis(10);

        button.close();
        button.close();
        loop.advanceMillis(5_000);

        assertThat(events.events()).isEmpty();
        assertThat(button.isClosed()).isTrue();
        assertThat(button.isPressed()).isFalse();
        assertThat(loop.pending()).isZero();
        assertThat(context.registry().exists("button-bcm" + PIN)).isFalse();

        Button again = board.button(ButtonConfig.builder(PIN).build());
        RecordingButtonListener later = new RecordingButtonListener();
        again.addListener(later);
        loop.runPending();
        press();
        loop.advanceMillis(50);
        assertThat(later.types()).containsExactly(PRESSED);
    }
}
