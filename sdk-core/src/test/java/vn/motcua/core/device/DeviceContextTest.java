package vn.motcua.core.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.config.DeviceConfig;
import vn.motcua.core.config.MotcuaConfig;
import vn.motcua.core.device.spi.AbstractDevice;
import vn.motcua.core.device.spi.DeviceEnvironment;
import vn.motcua.core.device.spi.DeviceProvider;
import vn.motcua.core.link.Backoff;
import vn.motcua.core.link.LinkOptions;
import vn.motcua.core.link.sim.SimPorts;
import vn.motcua.core.testing.Resources;

class DeviceContextTest {
    private final String tag = "ctx" + System.nanoTime();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private static final LinkOptions FAST = LinkOptions.builder()
            .readPoll(Duration.ofMillis(50))
            .backoff(new Backoff(Duration.ofMillis(20), Duration.ofMillis(200), 2.0, 0.2))
            .build();

    @AfterEach
    void forget() {
        SimPorts.remove(tag + "-a");
        SimPorts.remove(tag + "-b");
    }

    /** A device kind that records when it opens and closes, and can be told to fail. */
    private final class Recording implements DeviceProvider {
        @Override
        public String kind() {
            return "recording";
        }

        @Override
        public boolean needsLink() {
            return false;
        }

        @Override
        public java.util.Set<String> options() {
            return java.util.Set.of("fail");
        }

        @Override
        public Device open(DeviceConfig config, DeviceEnvironment env) {
            if (config.option("fail").isPresent()) {
                throw new DeviceUnavailableException(config.id().value(), DeviceUnavailableException.Reason.NOT_FOUND, "told to fail");
            }
            log.add("open " + config.id());
            return new AbstractDevice(config.id(), env) {
                {
                    moveTo(DeviceState.READY);
                }

                @Override
                public DeviceInfo info() {
                    return new DeviceInfo("recording", "", "", "", "");
                }

                @Override
                protected void release() {
                    log.add("close " + config.id());
                }
            };
        }
    }

    private DeviceContext open(String json) {
        DeviceRegistry kinds = DeviceRegistry.builder().addDiscovered().add(new Recording()).build();
        MotcuaConfig config = new vn.motcua.core.config.ConfigLoader(vn.motcua.core.link.LinkRegistry.defaults(), kinds)
                .parse(json, "test.json");
        return DeviceContext.builder(config).kinds(kinds).linkOptions(FAST).build();
    }

    @Test
    void opensInOrderAndClosesInReverse() {
        DeviceContext ctx = open("""
                {"devices": [
                  {"id": "one", "kind": "recording"}, {"id": "two", "kind": "recording"}, {"id": "three", "kind": "recording"}
                ]}""");
        assertThat(ctx.devices()).extracting(d -> d.id().value()).containsExactly("one", "two", "three");
        ctx.close();
        ctx.close();
        assertThat(log).containsExactly("open one", "open two", "open three", "close three", "close two", "close one");
        assertThat(ctx.devices()).allSatisfy(d -> assertThat(d.state()).isEqualTo(DeviceState.CLOSED));
    }

    @Test
    void aDeviceThatFailsToOpenClosesTheOnesBefore() {
        assertThatThrownBy(() -> open("""
                {"devices": [
                  {"id": "one", "kind": "recording"}, {"id": "two", "kind": "recording"},
                  {"id": "three", "kind": "recording", "options": {"fail": true}}
                ]}""")).isInstanceOf(DeviceUnavailableException.class).hasMessageContaining("told to fail");
        assertThat(log).containsExactly("open one", "open two", "close two", "close one");
    }

    @Test
    void linkDevicesFollowTheirLinksAndReportHealth() throws Exception {
        try (DeviceContext ctx = open("""
                {"devices": [
                  {"id": "a", "kind": "link", "uri": "sim:%s-a?echo=true"},
                  {"id": "b", "kind": "link", "uri": "sim:%s-b"}
                ]}""".formatted(tag, tag))) {
            assertThat(ctx.awaitUsable(Duration.ofSeconds(5))).isTrue();
            LinkDevice a = ctx.device(DeviceId.of("a"), LinkDevice.class);
            a.link().write(new byte[] {1, 2, 3});
            assertThat(a.link().readExactly(3, Duration.ofSeconds(2))).containsExactly(1, 2, 3);

            List<DeviceState> seen = new CopyOnWriteArrayList<>();
            LinkDevice b = ctx.device(DeviceId.of("b"), LinkDevice.class);
            b.addListener(new DeviceListener() {
                @Override
                public void onStateChanged(Device device, DeviceState from, DeviceState to) {
                    seen.add(to);
                }
            });
            SimPorts.port(tag + "-b").unplug();
            awaitState(b, DeviceState.OFFLINE);
            assertThat(b.health().detail()).contains("disconnected");
            SimPorts.port(tag + "-b").plug();
            awaitState(b, DeviceState.READY);
            assertThat(b.health().metrics()).containsEntry("link.reconnects", 1L);
            Health ha = a.health();
            assertThat(ha.isHealthy()).isTrue();
            assertThat(ha.metrics()).containsEntry("link.bytesWritten", 3L).containsEntry("link.bytesRead", 3L);
            long deadline = System.currentTimeMillis() + 2000;
            while (seen.size() < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            assertThat(seen).containsExactly(DeviceState.OFFLINE, DeviceState.READY);
            assertThatThrownBy(() -> ctx.device(DeviceId.of("zz"), LinkDevice.class)).hasMessageContaining("no device \"zz\"");
        }
        assertThat(Resources.awaitNoSdkThreads(2000)).isEmpty();
    }

    @Test
    void faultsDegradeAReadyDeviceUntilCleared() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        DeviceEnvironment env = new DeviceEnvironment(vn.motcua.core.link.LinkRegistry.defaults(), FAST,
                vn.motcua.core.event.Threads.daemonFactory("motcua-test"), (s, e) -> events.add("error " + e.getMessage()),
                java.time.Clock.systemUTC());
        class Printer extends AbstractDevice {
            Printer() {
                super(DeviceId.of("printer-1"), env);
                moveTo(DeviceState.READY);
            }

            void paper(boolean out) {
                if (out) {
                    raise("paper-out", FaultSeverity.BLOCKING, "Hết giấy: load a new roll");
                } else {
                    clear("paper-out");
                }
            }

            @Override
            public DeviceInfo info() {
                return new DeviceInfo("printer", "", "", "", "");
            }

            @Override
            protected void release() {
            }
        }
        try (Printer p = new Printer()) {
            p.addListener(new DeviceListener() {
                @Override
                public void onStateChanged(Device d, DeviceState from, DeviceState to) {
                    events.add(from + ">" + to);
                }

                @Override
                public void onFaultRaised(Device d, Fault f) {
                    events.add("raised " + f.code());
                    throw new IllegalStateException("listener bug");
                }

                @Override
                public void onFaultCleared(Device d, Fault f) {
                    events.add("cleared " + f.code());
                }
            });
            p.paper(true);
            assertThat(p.state()).isEqualTo(DeviceState.DEGRADED);
            assertThat(p.health().faults()).extracting(Fault::code).containsExactly("paper-out");
            assertThat(p.health().isHealthy()).isFalse();
            p.paper(false);
            assertThat(p.state()).isEqualTo(DeviceState.READY);
            long deadline = System.currentTimeMillis() + 2000;
            while (events.size() < 5 && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            assertThat(events).containsExactly("raised paper-out", "error listener bug", "READY>DEGRADED",
                    "cleared paper-out", "DEGRADED>READY");
        }
    }

    private static void awaitState(Device d, DeviceState s) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5000;
        while (d.state() != s && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertThat(d.state()).isEqualTo(s);
    }
}
