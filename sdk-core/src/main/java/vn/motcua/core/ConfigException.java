package vn.motcua.core;

import java.util.List;

/**
 * A configuration is invalid. {@link #problems()} lists every problem found, each naming its
 * field as a path such as {@code devices[2].uri}.
 */
public class ConfigException extends MotcuaException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public ConfigException(String source, List<String> problems) {
        super(source + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public ConfigException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.problems = List.of(problem);
    }

    /** The problems, one per offending field, each starting with the field's path. */
    public List<String> problems() {
        return problems;
    }
}
