package vn.motcua.core.link.sim;

/** The behaviour behind a {@link SimPort}: what a simulated device does with the host's bytes. */
@FunctionalInterface
public interface SimDevice {

    /**
     * The host wrote {@code data}. Called on the host's writing thread; answer with
     * {@link SimPort#send}. Must not block for long.
     */
    void onBytes(SimPort port, byte[] data);

    /** A device that sends back every byte it receives. */
    static SimDevice echo() {
        return SimPort::send;
    }
}
