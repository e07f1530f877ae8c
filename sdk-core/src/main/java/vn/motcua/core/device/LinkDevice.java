package vn.motcua.core.device;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.core.device.spi.AbstractDevice;
import vn.motcua.core.device.spi.DeviceEnvironment;
import vn.motcua.core.link.Link;
import vn.motcua.core.link.LinkState;
import vn.motcua.core.link.LinkStats;
import vn.motcua.core.link.LinkUri;

/**
 * A device that is just its link (kind {@code link}): for devices the SDK has no driver for
 * yet, for checking cabling with {@code motcua doctor}, and as the base of simple drivers. Its
 * state follows the link's: connecting is {@code OPENING}, connected {@code READY}, lost
 * {@code OFFLINE}.
 */
public class LinkDevice extends AbstractDevice {
    private final Link link;
    private final DeviceInfo info;

    /** Opens the link in the background; the device is {@code OPENING} until it connects. */
    public LinkDevice(DeviceId id, String kind, LinkUri uri, DeviceEnvironment env) {
        super(id, env);
        this.info = new DeviceInfo(kind, "", "", "", uri.text());
        moveTo(DeviceState.OPENING);
        this.link = env.links().open(uri, env.linkOptions().toBuilder()
                .threadFactory(env.threadFactory())
                .errorHandler(env.errorHandler())
                .clock(env.clock())
                .build());
        // The listener reads the link's current state, so a change that happened before it
        // was added is not missed and a late event cannot leave a stale state.
        link.addListener((l, from, to, cause) -> follow());
        follow();
    }

    private void follow() {
        LinkState s = link.state();
        moveTo(switch (s) {
            case CONNECTING -> DeviceState.OPENING;
            case READY -> DeviceState.READY;
            case OFFLINE -> DeviceState.OFFLINE;
            case CLOSED -> DeviceState.CLOSED;
        });
    }

    /** The device's link, for reading and writing bytes. */
    public Link link() {
        return link;
    }

    @Override
    public DeviceInfo info() {
        return info;
    }

    @Override
    protected Map<String, Long> metrics() {
        LinkStats s = link.stats();
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("link.bytesRead", s.bytesRead());
        m.put("link.bytesWritten", s.bytesWritten());
        m.put("link.errors", s.errors());
        m.put("link.reconnects", s.reconnects());
        m.put("link.droppedBytes", s.droppedBytes());
        return m;
    }

    @Override
    protected String detail() {
        String last = link.stats().lastError();
        return last == null ? "" : "last error: " + last;
    }

    @Override
    protected void release() {
        link.close();
    }
}
