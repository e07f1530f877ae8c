package vn.motcua.core.link;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.internal.link.ManagedLink;
import vn.motcua.core.internal.spi.ServiceProviders;
import vn.motcua.core.link.spi.LinkEndpoint;
import vn.motcua.core.link.spi.LinkProvider;

/**
 * Opens links from URIs, choosing the {@link LinkProvider} by scheme.
 *
 * <p>{@link #defaults()} holds every provider found by {@link ServiceLoader} on the class path
 * (sdk-core brings {@code tcp}, {@code serial}, {@code usb} and {@code sim}). A builder can add
 * providers explicitly; an explicit provider overrides a discovered one for the same scheme.
 */
public final class LinkRegistry {
    private final Map<String, LinkProvider> byScheme;

    private LinkRegistry(Map<String, LinkProvider> byScheme) {
        this.byScheme = Collections.unmodifiableMap(new LinkedHashMap<>(byScheme));
    }

    /** The registry of every provider on the class path; built once, on first use. */
    public static LinkRegistry defaults() {
        return Defaults.INSTANCE;
    }

    private static final class Defaults {
        static final LinkRegistry INSTANCE = builder().addDiscovered().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The schemes this registry can open, sorted. */
    public Set<String> schemes() {
        return Collections.unmodifiableSet(new TreeSet<>(byScheme.keySet()));
    }

    /**
     * Checks a URI without opening anything.
     *
     * @return the endpoint the URI names
     * @throws IllegalArgumentException saying what is wrong: the syntax, an unknown scheme
     *     (listing the known ones), or a bad target or parameter
     */
    public LinkEndpoint endpoint(LinkUri uri) {
        LinkProvider p = byScheme.get(uri.scheme());
        if (p == null) {
            throw new IllegalArgumentException("unknown scheme \"" + uri.scheme() + "\" in \"" + uri.text()
                    + "\" (known: " + String.join(", ", schemes()) + ")");
        }
        return p.endpoint(uri);
    }

    /**
     * Opens a link that connects in the background and keeps itself connected. Returns at
     * once, in state {@link LinkState#CONNECTING}.
     *
     * @throws IllegalArgumentException when the URI is not valid (see {@link #endpoint})
     */
    public Link open(String uri, LinkOptions options) {
        return open(LinkUri.parse(uri), options);
    }

    /** See {@link #open(String, LinkOptions)}. */
    public Link open(LinkUri uri, LinkOptions options) {
        return start(uri, options);
    }

    private ManagedLink start(LinkUri uri, LinkOptions options) {
        Objects.requireNonNull(options, "options");
        return ManagedLink.start(uri, endpoint(uri), options);
    }

    /**
     * Opens a link and waits for its first connection attempt, up to the options' connect
     * timeout. Fails as soon as that attempt fails, without retrying.
     *
     * @throws DeviceUnavailableException from the last attempt, when the link did not connect
     *     in time (the link is closed then)
     * @throws IllegalArgumentException when the URI is not valid
     */
    public Link connect(String uri, LinkOptions options) {
        ManagedLink link = start(LinkUri.parse(uri), options);
        Duration wait = options.connectTimeout().plusMillis(500);
        boolean ready;
        try {
            ready = link.awaitFirstAttempt(wait);
        } catch (InterruptedException e) {
            link.close();
            Thread.currentThread().interrupt();
            throw new DeviceUnavailableException(uri, DeviceUnavailableException.Reason.OTHER, "interrupted while connecting");
        }
        if (!ready) {
            Throwable last = link.lastFailure();
            link.close();
            if (last instanceof DeviceUnavailableException) {
                throw (DeviceUnavailableException) last;
            }
            throw new DeviceUnavailableException(uri, DeviceUnavailableException.Reason.NOT_CONNECTED,
                    "not connected within " + wait.toMillis() + " ms"
                            + (last == null ? "" : ": " + last.getMessage()), null, last);
        }
        return link;
    }

    /**
     * Lists what every provider can see now. A provider that fails is reported as a
     * {@link PortInfo} of kind {@link PortKind#OTHER} whose note names the failure.
     */
    public List<PortInfo> discover() {
        List<PortInfo> all = new ArrayList<>();
        for (LinkProvider p : new java.util.LinkedHashSet<>(byScheme.values())) {
            try {
                all.addAll(p.discover());
            } catch (RuntimeException | LinkageError e) {
                all.add(new PortInfo(String.join("|", p.schemes()) + ":", PortKind.OTHER,
                        p.getClass().getSimpleName(), "discovery failed: " + e));
            }
        }
        return all;
    }

    /** Builds a {@link LinkRegistry}. */
    public static final class Builder {
        private final Map<String, LinkProvider> discovered = new LinkedHashMap<>();
        private final Map<String, LinkProvider> explicit = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds every provider {@link ServiceLoader} finds. A provider that fails to load is
         * skipped with a warning to the logging error handler.
         */
        public Builder addDiscovered() {
            for (LinkProvider p : ServiceProviders.load(LinkProvider.class, LinkRegistry.class)) {
                for (String s : p.schemes()) {
                    discovered.putIfAbsent(s, p);
                }
            }
            return this;
        }

        /** Adds a provider for its schemes, overriding any discovered one. */
        public Builder add(LinkProvider provider) {
            Objects.requireNonNull(provider, "provider");
            for (String s : provider.schemes()) {
                explicit.put(s, provider);
            }
            return this;
        }

        public LinkRegistry build() {
            Map<String, LinkProvider> all = new LinkedHashMap<>(discovered);
            all.putAll(explicit);
            return new LinkRegistry(all);
        }
    }
}
