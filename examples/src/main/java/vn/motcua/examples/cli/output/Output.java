package vn.motcua.examples.cli.output;

import java.io.PrintWriter;
import java.util.Objects;

/**
 * Where a command writes: results to standard output, problems to standard error, both through
 * picocli's writers (so tests can capture them), with colours only for a terminal.
 */
public final class Output {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Style style;

    public Output(PrintWriter out, PrintWriter err, Style style) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.style = Objects.requireNonNull(style, "style");
    }

    public Style style() {
        return style;
    }

    public PrintWriter err() {
        return err;
    }

    /** Prints one line of results. */
    public void line(String text) {
        out.println(text);
    }

    /** Prints an empty line. */
    public void blank() {
        out.println();
    }

    /** Prints a section heading. */
    public void heading(String text) {
        out.println(style.bold(text));
    }

    /** Prints a table with {@code indent} before each line. */
    public void table(Table table, String indent) {
        for (String l : table.lines(indent)) {
            out.println(l);
        }
    }

    /** Prints {@code value} as JSON. */
    public void json(Object value) {
        out.println(Json.write(value));
    }

    /** Prints one line to standard error. */
    public void error(String text) {
        err.println(text);
    }

    /** Flushes both writers. */
    public void flush() {
        out.flush();
        err.flush();
    }
}
