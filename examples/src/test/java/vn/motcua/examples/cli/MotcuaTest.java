package vn.motcua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MotcuaTest {

    private static Map<String, CommandLine> subcommands() {
        return Motcua.commandLine().getSubcommands();
    }

    @Test
    void registersTheCommands() {
        assertThat(subcommands()).containsKeys("doctor", "ports", "link-test", "help");
    }

    @Test
    void everyCommandHasHelpWithTheExitCodes() {
        for (String name : subcommands().keySet()) {
            Cli.Result r = Cli.run(name, "--help");
            assertThat(r.code()).as(name + "\n" + r).isZero();
            assertThat(r.out()).as(name).contains("Usage: motcua " + name);
            if (!name.equals("help")) {
                assertThat(r.out()).as(name).contains("Exit codes:", " 3   the configuration file is invalid");
            }
            assertThat(r.err()).as(name).isEmpty();
        }
    }

    @Test
    void everyMotcuaCommandHasVersion() {
        for (Map.Entry<String, CommandLine> e : subcommands().entrySet()) {
            if (!(e.getValue().getCommand() instanceof MotcuaCommand)) {
                continue;
            }
            Cli.Result r = Cli.run(e.getKey(), "--version");
            assertThat(r.code()).as(e.getKey()).isZero();
            assertThat(r.out()).as(e.getKey()).startsWith("motcua ").contains("Java ");
        }
    }

    @Test
    void topLevelHelpListsCommandsAndExitCodes() {
        Cli.Result r = Cli.run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("doctor", "ports", "link-test", "Exit codes:", " 0   OK", " 4   internal error");
    }

    @Test
    void versionNamesTheBuild() {
        Cli.Result r = Cli.run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("unknown").doesNotContain("${");
        assertThat(r.out().lines().findFirst().orElseThrow()).matches("motcua \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void noCommandPrintsUsageToStderrAndExitsWithUsageCode() {
        Cli.Result r = Cli.run();
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("Usage: motcua");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownOptionIsOneLineAndUsageCode() {
        Cli.Result r = Cli.run("doctor", "--bogus");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        List<String> lines = r.err().lines().toList();
        assertThat(lines.get(0)).isEqualTo("motcua doctor: Unknown option: '--bogus'");
        assertThat(lines).last().asString().isEqualTo("Try 'motcua doctor --help' for more information.");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownCommandSuggestsTheClosestOne() {
        Cli.Result r = Cli.run("docter");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("docter", "doctor");
    }

    @Test
    void globalOptionsGivenBeforeTheCommandReachIt() {
        Map<String, String> saved = Cli.logProperties();
        try {
            CommandLine cl = Motcua.commandLine();
            cl.setOut(new PrintWriter(new StringWriter()));
            assertThat(cl.execute("-vv", "--no-color", "ports")).isZero();
            MotcuaCommand ports = cl.getSubcommands().get("ports").getCommand();
            assertThat(ports.global().verbosity()).isEqualTo(2);
            assertThat(ports.global().noColor()).isTrue();
            assertThat(System.getProperty(LogSetup.PREFIX + "log.vn.motcua")).isEqualTo("debug");
        } finally {
            Cli.restore(saved);
        }
    }
}
