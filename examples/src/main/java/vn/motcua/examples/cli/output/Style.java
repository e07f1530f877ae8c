package vn.motcua.examples.cli.output;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * ANSI colours, on only for a terminal: off with {@code --no-color}, when the {@code NO_COLOR}
 * environment variable is set (see no-color.org), or when output goes to a pipe or file.
 */
public final class Style {
    private static final String RESET = "\u001b[0m";

    private final boolean on;

    private Style(boolean on) {
        this.on = on;
    }

    /** Colours off: every method returns its text unchanged. */
    public static Style plain() {
        return new Style(false);
    }

    /** Colours on, whatever the output is. */
    public static Style ansi() {
        return new Style(true);
    }

    /** Colours when this process writes to a terminal, unless {@code noColor} or {@code NO_COLOR}. */
    public static Style detect(boolean noColor, Map<String, String> env) {
        String nc = env.get("NO_COLOR");
        return new Style(!noColor && (nc == null || nc.isEmpty()) && isTerminal());
    }

    /** True when standard output is an interactive terminal. */
    static boolean isTerminal() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        // From Java 22 System.console() may return a console for redirected output too; it then
        // answers isTerminal(). Called reflectively because the tool targets Java 17.
        try {
            Method m = java.io.Console.class.getMethod("isTerminal");
            return (Boolean) m.invoke(c);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    public boolean isOn() {
        return on;
    }

    public String green(String s) {
        return paint("32", s);
    }

    public String yellow(String s) {
        return paint("33", s);
    }

    public String red(String s) {
        return paint("31", s);
    }

    public String bold(String s) {
        return paint("1", s);
    }

    public String dim(String s) {
        return paint("2", s);
    }

    private String paint(String code, String s) {
        return on && !s.isEmpty() ? "\u001b[" + code + "m" + s + RESET : s;
    }
}
