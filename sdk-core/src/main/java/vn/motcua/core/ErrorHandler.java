package vn.motcua.core;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives errors from background work (an I/O thread, a listener that threw, a reconnect
 * that failed) that have no caller to be thrown to.
 *
 * <p>Implementations must not throw and must return quickly; they may be called from any
 * SDK thread, concurrently.
 */
@FunctionalInterface
public interface ErrorHandler {

    /**
     * Handles one error.
     *
     * @param source what raised it: a device id, a link URI, a component name; never null
     * @param error the error; never null
     */
    void onError(String source, Throwable error);

    /** The default handler: logs each error at WARN through SLF4J with its source. */
    static ErrorHandler logging() {
        return LoggingErrorHandler.INSTANCE;
    }

    /**
     * Calls {@code handler} and swallows anything it throws, so a faulty handler cannot kill
     * the thread that reports to it.
     */
    static void safely(ErrorHandler handler, String source, Throwable error) {
        try {
            handler.onError(source, error);
        } catch (Throwable t) {
            LoggingErrorHandler.INSTANCE.onError(source, t);
        }
    }
}

final class LoggingErrorHandler implements ErrorHandler {
    static final LoggingErrorHandler INSTANCE = new LoggingErrorHandler();
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    @Override
    public void onError(String source, Throwable error) {
        LOG.warn("{}: {}", source, error.toString(), error);
    }
}
