package vn.motcua.examples.cli;

/**
 * Configures slf4j-simple through its system properties. Must run before the first logger is
 * made (slf4j-simple reads them once), which is why {@link Motcua} does it after parsing the
 * command line and before running the command: nothing the parser touches logs.
 *
 * <p>Quiet by default, so tables are not drowned by logs: warnings from other libraries, and
 * only errors from the SDK, whose device and link states the commands report themselves.
 * {@code -v} logs info, {@code -vv} debug, with thread names. A level the user set with
 * {@code -Dorg.slf4j.simpleLogger.defaultLogLevel=...} wins unless {@code -v} is given.
 */
final class LogSetup {
    static final String PREFIX = "org.slf4j.simpleLogger.";

    private LogSetup() {
    }

    static void configure(int verbosity) {
        if (verbosity == 0) {
            setIfAbsent("defaultLogLevel", "warn");
            setIfAbsent("log.vn.motcua", "error");
        } else {
            String level = verbosity == 1 ? "info" : "debug";
            System.setProperty(PREFIX + "defaultLogLevel", level);
            System.setProperty(PREFIX + "log.vn.motcua", level);
        }
        setIfAbsent("showThreadName", verbosity > 0 ? "true" : "false");
        setIfAbsent("showShortLogName", "true");
        setIfAbsent("levelInBrackets", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(PREFIX + key) == null) {
            System.setProperty(PREFIX + key, value);
        }
    }
}
