package vn.motcua.core.internal.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.motcua.core.link.LinkUri;

/**
 * What a {@code serial:} URI asks for: the port and its line settings.
 *
 * @param port the port as the operating system names it: an absolute path such as
 *     {@code /dev/ttyUSB0} (or a pseudo-terminal's symbolic link), or {@code COM3} on Windows
 * @param baud bits per second; positive
 * @param parity the parity bit
 * @param stopBits the stop bits
 * @param dataBits bits per character, 5 to 8
 * @param flow the flow control
 */
record SerialSettings(String port, int baud, Parity parity, StopBits stopBits, int dataBits, FlowControl flow) {

    /** The parameters a {@code serial:} URI may carry. */
    static final Set<String> PARAMS = Set.of("baud", "parity", "stopBits", "dataBits", "flow");

    /**
     * 9600 baud, 8 data bits, no parity, 1 stop bit, no flow control: the factory setting of
     * many serial receipt printers and scanners.
     */
    static final int DEFAULT_BAUD = 9600;

    /** The character sizes a {@code dataBits} parameter may ask for. */
    private static final List<Integer> DATA_BITS = List.of(5, 6, 7, 8);

    SerialSettings {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(parity, "parity");
        Objects.requireNonNull(stopBits, "stopBits");
        Objects.requireNonNull(flow, "flow");
    }

    /** Parity, with the jSerialComm constant for each. */
    enum Parity {
        NONE(SerialPort.NO_PARITY), EVEN(SerialPort.EVEN_PARITY), ODD(SerialPort.ODD_PARITY),
        MARK(SerialPort.MARK_PARITY), SPACE(SerialPort.SPACE_PARITY);

        final int code;

        Parity(int code) {
            this.code = code;
        }
    }

    /** Stop bits, with the URI spelling and the jSerialComm constant for each. */
    enum StopBits {
        ONE("1", SerialPort.ONE_STOP_BIT), ONE_POINT_FIVE("1.5", SerialPort.ONE_POINT_FIVE_STOP_BITS),
        TWO("2", SerialPort.TWO_STOP_BITS);

        final String text;
        final int code;

        StopBits(String text, int code) {
            this.text = text;
            this.code = code;
        }
    }

    /** Flow control, with the jSerialComm flags for each. */
    enum FlowControl {
        NONE(SerialPort.FLOW_CONTROL_DISABLED),
        RTSCTS(SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED),
        XONXOFF(SerialPort.FLOW_CONTROL_XONXOFF_IN_ENABLED | SerialPort.FLOW_CONTROL_XONXOFF_OUT_ENABLED);

        final int code;

        FlowControl(int code) {
            this.code = code;
        }
    }

    /**
     * Reads the settings from {@code uri}, with defaults for absent parameters.
     *
     * @param windows whether ports are named the Windows way ({@code COM3})
     * @throws IllegalArgumentException naming the bad target or parameter and the allowed values
     */
    static SerialSettings parse(LinkUri uri, boolean windows) {
        uri.requireKnownParams(PARAMS);
        String port = SerialTargets.port(uri, windows);
        int baud = baud(uri);
        Parity parity = choice(uri, "parity", Parity.NONE, List.of(Parity.values()), SerialSettings::lower);
        StopBits stopBits = choice(uri, "stopBits", StopBits.ONE, List.of(StopBits.values()), s -> s.text);
        int dataBits = choice(uri, "dataBits", 8, DATA_BITS, String::valueOf);
        FlowControl flow = choice(uri, "flow", FlowControl.NONE, List.of(FlowControl.values()), SerialSettings::lower);
        return new SerialSettings(port, baud, parity, stopBits, dataBits, flow);
    }

    private static int baud(LinkUri uri) {
        String raw = uri.param("baud").orElse(null);
        if (raw == null) {
            return DEFAULT_BAUD;
        }
        int baud;
        try {
            baud = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            baud = 0;
        }
        if (baud <= 0) {
            throw new IllegalArgumentException(uri + ": parameter \"baud\" must be a positive integer"
                    + " such as 9600, 19200, 38400, 57600 or 115200, got \"" + raw + "\"");
        }
        return baud;
    }

    /**
     * The value of parameter {@code name}: the one of {@code allowed} whose {@code spelling}
     * equals it (ignoring case and surrounding blanks), or {@code fallback} when it is absent.
     */
    private static <T> T choice(LinkUri uri, String name, T fallback, List<T> allowed, Function<T, String> spelling) {
        String raw = uri.param(name).orElse(null);
        if (raw == null) {
            return fallback;
        }
        String v = raw.strip().toLowerCase(Locale.ROOT);
        for (T a : allowed) {
            if (spelling.apply(a).equals(v)) {
                return a;
            }
        }
        throw new IllegalArgumentException(uri + ": parameter \"" + name + "\" must be one of "
                + allowed.stream().map(spelling).collect(Collectors.joining(", ")) + ", got \"" + raw + "\"");
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return port + " " + baud + " baud, " + dataBits + " data bits, parity " + lower(parity)
                + ", " + stopBits.text + " stop bit(s), flow " + lower(flow);
    }
}
