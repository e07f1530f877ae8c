package vn.motcua.examples.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** Options every command takes: how much to log and whether to colour. */
public final class GlobalOptions {

    @Option(names = {"-v", "--verbose"}, order = 91,
            description = "Log more to standard error: -v for info, -vv for debug. Errors then show their stack trace.")
    boolean[] verbose = new boolean[0];

    @Option(names = "--no-color", order = 92, description = "Never colour the output (colours are off anyway when not writing to a terminal, or when NO_COLOR is set).")
    boolean noColor;

    /** 0 when quiet, 1 for {@code -v}, 2 or more for {@code -vv}. */
    public int verbosity() {
        return verbose.length;
    }

    public boolean noColor() {
        return noColor;
    }

    /** The options given at any level of a command line: the most verbose, colour off if any said so. */
    static GlobalOptions merge(List<GlobalOptions> levels) {
        GlobalOptions m = new GlobalOptions();
        for (GlobalOptions g : levels) {
            if (g.verbose.length > m.verbose.length) {
                m.verbose = g.verbose.clone();
            }
            m.noColor |= g.noColor;
        }
        return m;
    }

    void copyFrom(GlobalOptions o) {
        verbose = o.verbose.clone();
        noColor = o.noColor;
    }
}
