package vn.motcua.core.gpio;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.motcua.core.ErrorHandler;

/** An {@link ErrorHandler} that records what it is given. */
public final class RecordingErrorHandler implements ErrorHandler {
    /** One reported error. */
    public record Reported(String source, Throwable error) {
    }

    private final List<Reported> reported = new CopyOnWriteArrayList<>();

    @Override
    public void onError(String source, Throwable error) {
        reported.add(new Reported(source, error));
    }

    public List<Reported> reported() {
        return List.copyOf(reported);
    }
}
