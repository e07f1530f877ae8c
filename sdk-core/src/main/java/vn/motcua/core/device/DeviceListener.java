package vn.motcua.core.device;

/**
 * Hears a device's state changes and faults.
 *
 * <p>Called on the device's event thread, in order, never while the device holds a lock. Must
 * return quickly and must not block on the device. An exception it throws goes to the device's
 * {@link vn.motcua.core.ErrorHandler} and does not stop other listeners. Every method has an
 * empty default, so a listener implements only what it needs.
 */
public interface DeviceListener {

    /** The device moved from {@code from} to {@code to}. */
    default void onStateChanged(Device device, DeviceState from, DeviceState to) {
    }

    /** {@code fault} became active (or changed severity or message). */
    default void onFaultRaised(Device device, Fault fault) {
    }

    /** {@code fault} went away. */
    default void onFaultCleared(Device device, Fault fault) {
    }
}
