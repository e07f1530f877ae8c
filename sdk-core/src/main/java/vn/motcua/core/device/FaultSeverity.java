package vn.motcua.core.device;

/** How much a fault stops a device from working. */
public enum FaultSeverity {
    /** Worth knowing; the device works (paper low). */
    WARNING,
    /** The device works worse (link slow, retrying). Moves a ready device to DEGRADED. */
    DEGRADED,
    /** The device cannot do its job until someone acts (paper out, cover open). */
    BLOCKING
}
