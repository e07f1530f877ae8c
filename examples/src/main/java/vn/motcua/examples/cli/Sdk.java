package vn.motcua.examples.cli;

import java.util.Objects;
import vn.motcua.core.device.DeviceRegistry;
import vn.motcua.core.link.LinkRegistry;

/**
 * Where the commands get the SDK's registries: the ones found on the class path, or others
 * given to {@link Motcua#commandLine(Sdk)} (a test's fake providers, say).
 */
public interface Sdk {

    LinkRegistry links();

    DeviceRegistry kinds();

    /**
     * The registries of the class path, looked up at first use (after logging is set up, as
     * loading providers may log).
     */
    static Sdk defaults() {
        return new Sdk() {
            @Override
            public LinkRegistry links() {
                return LinkRegistry.defaults();
            }

            @Override
            public DeviceRegistry kinds() {
                return DeviceRegistry.defaults();
            }
        };
    }

    /** These registries. */
    static Sdk of(LinkRegistry links, DeviceRegistry kinds) {
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(kinds, "kinds");
        return new Sdk() {
            @Override
            public LinkRegistry links() {
                return links;
            }

            @Override
            public DeviceRegistry kinds() {
                return kinds;
            }
        };
    }
}
