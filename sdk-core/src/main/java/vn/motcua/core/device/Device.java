package vn.motcua.core.device;

/**
 * A device of a service point: a printer, a scanner, a display, a button, or a bare link.
 *
 * <p>A device owns its threads and its link; {@link #close()} releases them, is idempotent and
 * never throws. All methods are thread-safe. Listeners are called as {@link DeviceListener}
 * says.
 */
public interface Device extends AutoCloseable {

    DeviceId id();

    DeviceInfo info();

    DeviceState state();

    /** A fresh health snapshot. */
    Health health();

    void addListener(DeviceListener listener);

    void removeListener(DeviceListener listener);

    @Override
    void close();
}
