package vn.motcua.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.motcua.core.MotcuaException;

/**
 * Turns what a command throws into one clear line on standard error and an {@link ExitCode}.
 * The SDK's messages already name the device and, where known, the remedy, so they are printed
 * as they are. A stack trace is printed only with {@code --verbose}.
 *
 * <p>A command that finds a bad argument while running (a link URI with an unknown scheme)
 * throws picocli's {@link ParameterException}, reported like a parse error with
 * {@link ExitCode#USAGE}. A command that loads a configuration reports its
 * {@link vn.motcua.core.ConfigException} itself, with {@link ExitCode#CONFIG}.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        String name = cl.getCommandSpec().qualifiedName();
        int code;
        if (e instanceof MotcuaException) {
            err.println(name + ": " + e.getMessage());
            code = ExitCode.FAILED;
        } else if (e instanceof InterruptedException) {
            err.println(name + ": interrupted");
            code = ExitCode.FAILED;
        } else {
            err.println(name + ": internal error: " + e
                    + (verbosity(cl) > 0 ? "" : " (run again with --verbose for the stack trace)"));
            code = ExitCode.INTERNAL;
        }
        if (verbosity(cl) > 0) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(cl.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        if (e instanceof UnmatchedArgumentException) {
            UnmatchedArgumentException.printSuggestions((UnmatchedArgumentException) e, err);
        }
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCode.USAGE;
    }

    private static int verbosity(CommandLine cl) {
        Object cmd = cl.getCommand();
        return cmd instanceof MotcuaCommand ? ((MotcuaCommand) cmd).global().verbosity() : 0;
    }
}
