package vn.motcua.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import vn.motcua.core.ErrorHandler;

class EventDispatcherTest {

    @Test
    void runsEventsInOrderOnOneThreadAndIsolatesFailures() {
        List<String> seen = new CopyOnWriteArrayList<>();
        List<String> errors = new CopyOnWriteArrayList<>();
        EventDispatcher d = new EventDispatcher("dev-1", Threads.daemonFactory("motcua-test-events"),
                (src, e) -> errors.add(src + ": " + e.getMessage()));
        for (int i = 0; i < 100; i++) {
            int n = i;
            d.submit(() -> {
                if (n == 50) {
                    throw new IllegalStateException("boom");
                }
                seen.add(n + "@" + Thread.currentThread().getName());
            });
        }
        d.close();
        assertThat(seen).hasSize(99);
        for (int i = 0; i < 99; i++) {
            int n = i < 50 ? i : i + 1;
            assertThat(seen.get(i)).isEqualTo(n + "@motcua-test-events-1");
        }
        assertThat(errors).containsExactly("dev-1: boom");
        assertThat(d.submit(() -> seen.add("late"))).isFalse();
    }

    @Test
    void aThrowingErrorHandlerDoesNotKillTheThread() {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        ErrorHandler bad = (src, e) -> {
            throw new IllegalStateException("handler bug");
        };
        EventDispatcher d = new EventDispatcher("dev-2", Threads.daemonFactory("motcua-test-events"), bad);
        d.submit(() -> {
            throw new IllegalStateException("first");
        });
        d.submit(() -> seen.add(2));
        d.close();
        assertThat(seen).containsExactly(2);
    }

    @Test
    void closeFromTheEventThreadDoesNotDeadlock() {
        List<String> seen = new CopyOnWriteArrayList<>();
        EventDispatcher d = new EventDispatcher("dev-3", Threads.daemonFactory("motcua-test-events"), ErrorHandler.logging());
        d.submit(() -> {
            seen.add("on event thread: " + d.isEventThread());
            d.close();
        });
        d.close();
        assertThat(seen).containsExactly("on event thread: true");
        assertThat(d.isEventThread()).isFalse();
    }
}
