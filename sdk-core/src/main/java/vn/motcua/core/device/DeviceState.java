package vn.motcua.core.device;

/** Where a device is in its life. */
public enum DeviceState {
    /** Not opened yet, or closed by its owner. */
    CLOSED,
    /** Being opened: connecting, identifying, initialising. */
    OPENING,
    /** Working. */
    READY,
    /** Working with a fault that needs attention (paper low, cover open, slow link). */
    DEGRADED,
    /** Not reachable now (unplugged, powered off); the SDK keeps trying. */
    OFFLINE,
    /** Gave up: a fault that retrying cannot fix (wrong model, bad configuration). */
    FAILED;

    /** True for the states in which the device serves requests. */
    public boolean isUsable() {
        return this == READY || this == DEGRADED;
    }
}
