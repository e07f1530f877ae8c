package vn.motcua.core.internal.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.core.internal.serial.SerialSettings.FlowControl;
import vn.motcua.core.internal.serial.SerialSettings.Parity;
import vn.motcua.core.internal.serial.SerialSettings.StopBits;
import vn.motcua.core.link.LinkRegistry;
import vn.motcua.core.link.LinkUri;

class SerialLinkProviderTest {

    private static SerialSettings unix(String uri) {
        return SerialSettings.parse(LinkUri.parse(uri), false);
    }

    private static SerialSettings windows(String uri) {
        return SerialSettings.parse(LinkUri.parse(uri), true);
    }

    @Test
    void defaultsAre9600EightNoneOneWithoutFlowControl() {
        SerialSettings s = unix("serial:/dev/ttyUSB0");
        assertThat(s).isEqualTo(new SerialSettings("/dev/ttyUSB0", 9600, Parity.NONE, StopBits.ONE, 8, FlowControl.NONE));
    }

    @Test
    void readsEveryParameter() {
        SerialSettings s = unix("serial:/dev/ttyS1?baud=115200&parity=even&stopBits=2&dataBits=7&flow=rtscts");
        assertThat(s).isEqualTo(new SerialSettings("/dev/ttyS1", 115200, Parity.EVEN, StopBits.TWO, 7, FlowControl.RTSCTS));
        assertThat(unix("serial:/dev/x?parity=MARK&stopBits=1.5&dataBits=5&flow=XonXoff"))
                .isEqualTo(new SerialSettings("/dev/x", 9600, Parity.MARK, StopBits.ONE_POINT_FIVE, 5, FlowControl.XONXOFF));
        assertThat(unix("serial:/dev/x?parity=space").parity()).isEqualTo(Parity.SPACE);
    }

    @Test
    void acceptsThePathWithOrWithoutTheDoubleSlashAndBareDeviceNames() {
        assertThat(unix("serial:///dev/ttyUSB0?baud=19200").port()).isEqualTo("/dev/ttyUSB0");
        assertThat(unix("serial:/tmp/motcua/a").port()).isEqualTo("/tmp/motcua/a");
        assertThat(unix("serial:ttyACM0").port()).isEqualTo("/dev/ttyACM0");
    }

    @Test
    void acceptsWindowsPortNamesOnWindowsOnly() {
        assertThat(windows("serial:COM3").port()).isEqualTo("COM3");
        assertThat(windows("serial:com12?baud=115200").port()).isEqualTo("COM12");
        assertThat(windows("serial:\\\\.\\COM15").port()).isEqualTo("COM15");
        assertThatThrownBy(() -> windows("serial:/dev/ttyUSB0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("serial:COM3");
        assertThatThrownBy(() -> unix("serial:COM3"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Windows port name")
                .hasMessageContaining("serial:/dev/ttyUSB0");
    }

    @Test
    void rejectsARelativePath() {
        assertThatThrownBy(() -> unix("serial://dev/ttyUSB0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute path").hasMessageContaining("serial:///dev/ttyUSB0");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "baud=abc       | parameter \"baud\" must be a positive integer such as 9600, 19200, 38400, 57600 or 115200, got \"abc\"",
        "baud=0         | parameter \"baud\" must be a positive integer",
        "baud=-9600     | parameter \"baud\" must be a positive integer",
        "baud=99999999999 | parameter \"baud\" must be a positive integer",
        "parity=yes     | parameter \"parity\" must be one of none, even, odd, mark, space, got \"yes\"",
        "stopBits=3     | parameter \"stopBits\" must be one of 1, 1.5, 2, got \"3\"",
        "stopBits=one   | parameter \"stopBits\" must be one of 1, 1.5, 2",
        "dataBits=9     | parameter \"dataBits\" must be one of 5, 6, 7, 8, got \"9\"",
        "dataBits=4     | parameter \"dataBits\" must be one of 5, 6, 7, 8",
        "flow=cts       | parameter \"flow\" must be one of none, rtscts, xonxoff, got \"cts\"",
        "speed=9600     | unknown parameter \"speed\" for scheme serial (known: baud, dataBits, flow, parity, stopBits)",
    })
    void everyBadParameterIsNamedWithTheAllowedValues(String query, String message) {
        String uri = "serial:/dev/ttyUSB0?" + query;
        assertThatThrownBy(() -> new SerialLinkProvider().endpoint(LinkUri.parse(uri)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(uri)
                .hasMessageContaining(message);
    }

    @Test
    void theDefaultRegistryFindsTheProviderAndChecksUrisWithoutTouchingTheDevice() {
        LinkRegistry registry = LinkRegistry.defaults();
        assertThat(registry.schemes()).contains("serial");
        assertThat(registry.endpoint(LinkUri.parse("serial:/dev/does-not-exist?baud=115200"))).isInstanceOf(SerialEndpoint.class);
        assertThatThrownBy(() -> registry.endpoint(LinkUri.parse("serial:/dev/ttyUSB0?flow=hardware")))
                .hasMessageContaining("\"flow\"");
    }

    @Test
    void aCallerCanSupplyTheWriteWatchdogThreads() {
        assertThatThrownBy(() -> new SerialLinkProvider(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("threads");
        assertThat(new SerialLinkProvider(Executors.defaultThreadFactory()).schemes()).containsExactly("serial");
    }
}
