package vn.motcua.core.internal.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import vn.motcua.core.ErrorHandler;

/** Loads providers with {@link ServiceLoader}, skipping (and logging) any that fails to load. */
public final class ServiceProviders {
    private ServiceProviders() {
    }

    /**
     * Every provider of {@code type} visible from {@code owner}'s class loader, in class-path
     * order. A broken entry (missing class, failing constructor, missing native library) is
     * reported to the logging error handler under {@code owner}'s simple name and skipped, so
     * one bad plugin cannot hide the others.
     */
    public static <T> List<T> load(Class<T> type, Class<?> owner) {
        List<T> out = new ArrayList<>();
        var it = ServiceLoader.load(type, owner.getClassLoader()).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    return out;
                }
                out.add(it.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                ErrorHandler.safely(ErrorHandler.logging(), owner.getSimpleName(), e);
            }
        }
    }
}
