package vn.motcua.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ParseResult;
import vn.motcua.examples.cli.output.Output;

/**
 * The {@code motcua} command-line tool: checks and tries the devices of a service point.
 *
 * <p>To add a command: write one class extending {@link MotcuaCommand} with a
 * {@code @Command(name = ...)} annotation, and add it to {@code subcommands} below. It gets
 * {@code --help}, {@code --version}, {@code -v} and {@code --no-color}, the exit code list and
 * the error reporting for free; add {@code @Mixin JsonOption} if it has a result to print as
 * JSON.
 */
@Command(name = "motcua",
        header = "Checks and tries the devices of a one-stop-shop service point (Motcua SDK).",
        description = {
            "Start with 'motcua doctor': it checks this machine and a set of devices.",
            "Device links are URIs: serial:/dev/ttyUSB0?baud=9600, tcp://192.168.1.50:9100,",
            "usb://04b8:0202, or sim:NAME?echo=true for a simulated device.",
        },
        subcommands = {
            DoctorCommand.class,
            PortsCommand.class,
            LinkTestCommand.class,
            HelpCommand.class,
        },
        footerHeading = "%nLogging:%n",
        footer = "Logs go to standard error: only errors by default, more with -v or -vv.")
public final class Motcua extends MotcuaCommand {

    /** Runs the tool and exits the JVM with the command's {@link ExitCode}. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The tool's command line with its error reporting and logging set up; {@code execute(args)}
     * runs a command and returns its exit code. Output goes to {@code getOut()} and
     * {@code getErr()}, which callers may replace.
     */
    public static CommandLine commandLine() {
        return commandLine(Sdk.defaults());
    }

    /** {@link #commandLine()} with the commands using {@code sdk}'s registries. */
    public static CommandLine commandLine(Sdk sdk) {
        Objects.requireNonNull(sdk, "sdk");
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                K made = defaults.create(cls);
                if (made instanceof MotcuaCommand) {
                    ((MotcuaCommand) made).sdk = sdk;
                }
                return made;
            }
        };
        CommandLine cl = new CommandLine(Motcua.class, factory);
        ErrorReporter reporter = new ErrorReporter();
        cl.setExecutionExceptionHandler(reporter);
        cl.setParameterExceptionHandler(reporter);
        cl.setExecutionStrategy(Motcua::execute);
        return cl;
    }

    private static int execute(ParseResult parsed) {
        List<GlobalOptions> all = new ArrayList<>();
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            Object cmd = p.commandSpec().userObject();
            if (cmd instanceof MotcuaCommand) {
                all.add(((MotcuaCommand) cmd).global());
            }
        }
        // -v and --no-color count wherever they were given: "motcua -v doctor" = "motcua doctor -v".
        GlobalOptions merged = GlobalOptions.merge(all);
        for (GlobalOptions g : all) {
            g.copyFrom(merged);
        }
        LogSetup.configure(merged.verbosity());
        if (merged.noColor()) {
            parsed.commandSpec().commandLine().setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    /** Without a command: prints the usage to standard error. */
    @Override
    protected int run(Output out) {
        spec.commandLine().usage(out.err());
        return ExitCode.USAGE;
    }
}
