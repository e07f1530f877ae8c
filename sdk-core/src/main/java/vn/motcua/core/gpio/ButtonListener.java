package vn.motcua.core.gpio;

/**
 * Receives the events of a {@link Button}.
 *
 * <p><b>Threading contract.</b> Every listener of every button of one {@link GpioBoard} is
 * called on that board's single event thread, one event at a time and in the order the events
 * happened, never while an SDK lock is held. The same thread also debounces the board's
 * buttons, so a listener must return quickly: it may record the event, switch a {@link Lamp}
 * or hand work to the application's own executor, but it must not block (print a ticket, call
 * the network, wait on a lock). A slow listener delays the recognition of later presses.
 *
 * <p><b>Errors.</b> A listener that throws does not stop other listeners or later events: the
 * exception goes to the board's {@link vn.motcua.core.ErrorHandler} with the button's name as
 * source.
 *
 * <p>After {@link Button#close()} returns no new call starts; one already running may finish.
 */
@FunctionalInterface
public interface ButtonListener {

    /**
     * Called once per event, on the board's event thread.
     *
     * @param event the event; never null
     */
    void onButtonEvent(ButtonEvent event);
}
