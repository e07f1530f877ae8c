package vn.motcua.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs {@code motcua} in this JVM with captured standard output and error, and puts back the
 * logging properties the run set.
 */
final class Cli {
    private Cli() {
    }

    /** What a run printed and returned. */
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }

    static Result run(String... args) {
        return run(Sdk.defaults(), args);
    }

    /** Runs with the commands using {@code sdk}'s registries. */
    static Result run(Sdk sdk, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Motcua.commandLine(sdk);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        Map<String, String> saved = logProperties();
        try {
            int code = cl.execute(args);
            return new Result(code, out.toString(), err.toString());
        } finally {
            restore(saved);
        }
    }

    /** The slf4j-simple properties the tool sets, which this JVM's other tests should not see. */
    static Map<String, String> logProperties() {
        Map<String, String> m = new HashMap<>();
        for (String k : System.getProperties().stringPropertyNames()) {
            if (k.startsWith(LogSetup.PREFIX)) {
                m.put(k, System.getProperty(k));
            }
        }
        return m;
    }

    static void restore(Map<String, String> saved) {
        for (String k : System.getProperties().stringPropertyNames()) {
            if (k.startsWith(LogSetup.PREFIX) && !saved.containsKey(k)) {
                System.clearProperty(k);
            }
        }
        saved.forEach(System::setProperty);
    }
}
