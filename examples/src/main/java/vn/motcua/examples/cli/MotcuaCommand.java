package vn.motcua.examples.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.motcua.examples.cli.output.Output;
import vn.motcua.examples.cli.output.Style;

/**
 * The base of every {@code motcua} command: the global options, {@code --help} and
 * {@code --version}, the exit code list in the help, and an {@link Output} to print with.
 *
 * <p>A command implements {@link #run(Output)} and returns an {@link ExitCode}. It may throw:
 * {@link ErrorReporter} turns SDK exceptions into one line on standard error and the matching
 * exit code.
 */
@Command(mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:OK: everything worked, every check passed",
            " 1:a device could not be reached or used, or a check failed",
            " 2:usage error: unknown option, missing or malformed argument",
            " 3:the configuration file is invalid or unreadable",
            " 4:internal error (a bug: please report it with the --verbose output)",
        })
public abstract class MotcuaCommand implements Callable<Integer> {

    /** The longest time an option may give, in ms: one day, far beyond any device's answer. */
    static final long MAX_MILLIS = Duration.ofDays(1).toMillis();

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global = new GlobalOptions();

    Sdk sdk = Sdk.defaults();

    /** The SDK registries to use. */
    public Sdk sdk() {
        return sdk;
    }

    /** The global options as given on this command. */
    public GlobalOptions global() {
        return global;
    }

    @Override
    public final Integer call() throws Exception {
        Output out = new Output(spec.commandLine().getOut(), spec.commandLine().getErr(),
                Style.detect(global.noColor(), System.getenv()));
        try {
            return run(out);
        } finally {
            out.flush();
        }
    }

    /**
     * The milliseconds an option gave, as a duration.
     *
     * @throws ParameterException (a usage error naming {@code option}) below {@code min} ms or
     *     above {@link #MAX_MILLIS}
     */
    protected Duration millis(String option, long ms, long min) {
        if (ms < min) {
            throw new ParameterException(spec.commandLine(), option + " must be at least " + min + " ms, got " + ms);
        }
        if (ms > MAX_MILLIS) {
            throw new ParameterException(spec.commandLine(),
                    option + " must be at most " + MAX_MILLIS + " ms (one day), got " + ms);
        }
        return Duration.ofMillis(ms);
    }

    /**
     * Runs the command.
     *
     * @return an {@link ExitCode}
     */
    protected abstract int run(Output out) throws Exception;
}
