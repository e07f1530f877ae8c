package vn.motcua.examples.cli;

import picocli.CommandLine.Option;

/** {@code --json}, for the commands whose result a script may want to read. */
public final class JsonOption {

    @Option(names = "--json", description = "Print the result as JSON on standard output instead of tables.")
    boolean json;

    public boolean json() {
        return json;
    }
}
