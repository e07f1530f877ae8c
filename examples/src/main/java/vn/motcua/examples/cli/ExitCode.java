package vn.motcua.examples.cli;

/**
 * The exit codes of every {@code motcua} command. They are listed in each command's
 * {@code --help}; scripts may rely on them.
 */
public final class ExitCode {
    /** Everything worked and every check passed. */
    public static final int OK = 0;
    /** A device could not be reached or used, or a check failed. */
    public static final int FAILED = 1;
    /** The command line is wrong: an unknown option, a missing or malformed argument. */
    public static final int USAGE = 2;
    /** The configuration file is invalid or cannot be read. */
    public static final int CONFIG = 3;
    /** An unexpected error inside the tool: a bug worth reporting with the --verbose output. */
    public static final int INTERNAL = 4;

    private ExitCode() {
    }
}
