package vn.motcua.core.gpio;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link ButtonListener} that records each event and the thread that delivered it. */
public final class RecordingButtonListener implements ButtonListener {
    private final List<ButtonEvent> events = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    @Override
    public void onButtonEvent(ButtonEvent event) {
        threads.add(Thread.currentThread());
        events.add(event);
    }

    public List<ButtonEvent> events() {
        return List.copyOf(events);
    }

    public List<ButtonEvent.Type> types() {
        return events.stream().map(ButtonEvent::type).toList();
    }

    public List<Thread> threads() {
        return List.copyOf(threads);
    }

    /** Waits until {@code count} events of {@code type} have arrived. */
    public void awaitCount(ButtonEvent.Type type, int count) {
        Poll.until(count + " x " + type + ", have " + types(),
                () -> events.stream().filter(e -> e.type() == type).count() >= count);
    }

    public void await(ButtonEvent.Type type) {
        awaitCount(type, 1);
    }
}
