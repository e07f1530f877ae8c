package vn.motcua.examples.cli;

import java.util.Objects;

/**
 * One line of {@code motcua doctor}'s environment report.
 *
 * @param name what was checked, e.g. {@code Java}
 * @param level how it went
 * @param value what was found
 * @param hint what to do about it; empty when nothing
 */
record Check(String name, Level level, String value, String hint) {

    /** How a check went. Only the devices decide the exit code; a WARN is advice. */
    enum Level {
        OK, INFO, WARN
    }

    Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        value = value == null ? "" : value;
        hint = hint == null ? "" : hint;
    }

    static Check ok(String name, String value) {
        return new Check(name, Level.OK, value, "");
    }

    static Check info(String name, String value, String hint) {
        return new Check(name, Level.INFO, value, hint);
    }

    static Check warn(String name, String value, String hint) {
        return new Check(name, Level.WARN, value, hint);
    }
}
