package vn.motcua.core.internal.usb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.core.internal.usb.FakeUsbDevice.bulk;
import static vn.motcua.core.internal.usb.UsbConnectTest.connect;
import static vn.motcua.core.internal.usb.UsbConnectTest.printer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.motcua.core.DeviceUnavailableException;
import vn.motcua.core.DeviceUnavailableException.Reason;
import vn.motcua.core.LinkTimeoutException;
import vn.motcua.core.internal.usb.FakeUsbDevice.Op;
import vn.motcua.core.link.LinkUri;

/** Reading, writing and closing a claimed interface, through the fake backend. */
class UsbConnectionTest {
    private static final Duration SECOND = Duration.ofSeconds(1);

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 7 + 3);
        }
        return b;
    }

    @Test
    void writeLoopsOverPartialTransfersAndKeepsTheOrder() {
        FakeUsbDevice d = printer().build();
        d.acceptPerTransfer(10);
        byte[] data = bytes(95);
        try (UsbConnection c = connect(new FakeUsbBackend(d), "usb://04b8:0202")) {
            c.write(data, 0, data.length, SECOND);
        }
        assertThat(d.received()).isEqualTo(data);
        assertThat(d.outTransferSizes()).containsExactly(95, 85, 75, 65, 55, 45, 35, 25, 15, 5);
    }

    @Test
    void largeWritesAreSplitIntoChunks() {
        FakeUsbDevice d = printer().build();
        byte[] data = bytes(40_000);
        try (UsbConnection c = connect(new FakeUsbBackend(d), "usb://04b8:0202")) {
            c.write(data, 0, data.length, SECOND);
            c.write(data, 5, 3, SECOND);
        }
        byte[] expected = new byte[40_003];
        System.arraycopy(data, 0, expected, 0, 40_000);
        System.arraycopy(data, 5, expected, 40_000, 3);
        assertThat(d.received()).isEqualTo(expected);
        assertThat(d.outTransferSizes()).containsExactly(UsbConnection.WRITE_CHUNK, UsbConnection.WRITE_CHUNK,
                40_000 - 2 * UsbConnection.WRITE_CHUNK, 3);
    }

    @Test
    void writeThatTheDeviceDoesNotTakeTimesOut() {
        FakeUsbDevice d = printer().build();
        d.acceptPerTransfer(4);
        try (UsbConnection c = connect(new FakeUsbBackend(d), "usb://04b8:0202")) {
            c.write(bytes(8), 0, 8, SECOND);
            d.stallOut(true);
            assertThatThrownBy(() -> c.write(bytes(20), 0, 20, Duration.ofMillis(300)))
                    .isInstanceOf(LinkTimeoutException.class)
                    .hasMessageContaining("0x01 bulk OUT").hasMessageContaining("20 of 20 bytes not taken");
        }
        assertThat(d.violations()).isEmpty();
    }

    @Test
    void writeToAnUnpluggedDeviceIsDisconnected() {
        FakeUsbDevice d = printer().build();
        try (UsbConnection c = connect(new FakeUsbBackend(d), "usb://04b8:0202")) {
            d.unplug();
            assertThatThrownBy(() -> c.write(bytes(3), 0, 3, SECOND))
                    .isInstanceOfSatisfying(DeviceUnavailableException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.DISCONNECTED))
                    .hasMessageContaining("unplugged").hasMessageContaining("LIBUSB_ERROR_NO_DEVICE");
        }
    }

    @Test
    void readReturnsWhatTheDeviceSentFromTheRightEndpoint() {
        FakeUsbDevice d = printer().build();
        d.send(0x84, new byte[] {9, 9}); // the vendor interface's endpoint: not ours
        d.send(0x82, new byte[] {0x10, 0x14, 0x01});
        try (UsbConnection c = connect(new FakeUsbBackend(d), "usb://04b8:0202")) {
            byte[] buf = new byte[64];
            assertThat(c.read(buf, 0, buf.length, SECOND)).isEqualTo(3);
            assertThat(buf).startsWith(0x10, 0x14, 0x01);
        }
    }

    @Test
    void readTimeoutReturnsZero() {
        FakeUsbDevice d = printer().build();
        try (UsbConnection c = connect(new FakeUsbBackend(d), "usb://04b8:0202")) {
            assertThat(c.read(new byte[64], 0, 64, Duration.ofMillis(50))).isZero();
        }
        assertThat(d.violations()).isEmpty();
    }

    @Test
    void readTimeoutKeepsPartialData() {
        FakeUsbDevice d = printer().build();
        d.sendThenStall(0x82, new byte[] {1, 2, 3, 4, 5});
        try (UsbConnection c = connect(new FakeUsbBackend(d), "usb://04b8:0202")) {
            byte[] buf = new byte[64];
            assertThat(c.read(buf, 0, buf.length, Duration.ofMillis(100))).isEqualTo(5);
            assertThat(buf).startsWith(1, 2, 3, 4, 5);
        }
    }

    @Test
    void aSmallReadAsksForAWholePacketAndKeepsTheRest() {
        FakeUsbDevice d = printer().build();
        byte[] packet = bytes(64);
        d.send(0x82, packet);
        try (UsbConnection c = connect(new FakeUsbBackend(d), "usb://04b8:0202")) {
            byte[] got = new byte[64];
            int n = 0;
            while (n < 64) {
                int r = c.read(got, n, Math.min(5, 64 - n), SECOND);
                assertThat(r).isPositive();
                n += r;
            }
            assertThat(got).isEqualTo(packet);
        }
        assertThat(d.calls().stream().filter(s -> s.startsWith("read")).count()).isEqualTo(1);
    }

    @Test
    void unplugDuringReadIsDisconnected() {
        FakeUsbDevice d = printer().build();
        try (UsbConnection c = connect(new FakeUsbBackend(d), "usb://04b8:0202")) {
            CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> c.read(new byte[64], 0, 64, Duration.ofSeconds(5)));
            d.unplug();
            assertThatThrownBy(() -> read.get(5, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(DeviceUnavailableException.class)
                    .hasMessageContaining("unplugged");
            assertThatThrownBy(() -> c.read(new byte[1], 0, 1, SECOND))
                    .isInstanceOfSatisfying(DeviceUnavailableException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.DISCONNECTED));
        }
    }

    @Test
    void ioErrorDuringReadIsDisconnected() {
        FakeUsbDevice d = printer().build();
        d.failNext(Op.READ, UsbError.IO);
        try (UsbConnection c = connect(new FakeUsbBackend(d), "usb://04b8:0202")) {
            assertThatThrownBy(() -> c.read(new byte[64], 0, 64, SECOND))
                    .isInstanceOfSatisfying(DeviceUnavailableException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.DISCONNECTED))
                    .hasMessageContaining("LIBUSB_ERROR_IO");
        }
    }

    @Test
    void aStallIsClearedOnceThenCountsAsDisconnected() {
        FakeUsbDevice d = printer().build();
        d.failNext(Op.READ, UsbError.PIPE);
        d.send(0x82, new byte[] {42});
        try (UsbConnection c = connect(new FakeUsbBackend(d), "usb://04b8:0202")) {
            byte[] buf = new byte[8];
            assertThat(c.read(buf, 0, 8, SECOND)).isEqualTo(1);
            assertThat(buf[0]).isEqualTo((byte) 42);
            assertThat(d.calls()).contains("clear-halt 0x82");

            d.failNext(Op.WRITE, UsbError.PIPE).failNext(Op.WRITE, UsbError.PIPE);
            assertThatThrownBy(() -> c.write(bytes(4), 0, 4, SECOND))
                    .isInstanceOfSatisfying(DeviceUnavailableException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.DISCONNECTED))
                    .hasMessageContaining("stalled again");
            assertThat(d.calls()).contains("clear-halt 0x01");
        }
    }

    @Test
    void closeIsIdempotentAndReleasesOnce() {
        FakeUsbDevice d = printer().driver(1, "usblp").build();
        UsbConnection c = connect(new FakeUsbBackend(d), "usb://04b8:0202");
        c.close();
        c.close();
        assertThat(d.calls()).containsExactly("open", "detach 1", "claim 1", "release 1", "attach 1", "close");
        assertThat(d.openHandles()).isZero();
        assertThat(d.violations()).isEmpty();
        assertThatThrownBy(() -> c.write(bytes(1), 0, 1, SECOND))
                .isInstanceOfSatisfying(DeviceUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DISCONNECTED))
                .hasMessageContaining("closed");
    }

    @Test
    void aSecondCloseReturnsOnlyOnceTheFirstHasReleasedTheDevice() throws Exception {
        FakeUsbDevice d = printer().driver(1, "usblp").build();
        UsbConnection c = connect(new FakeUsbBackend(d), "usb://04b8:0202");
        d.blockRelease(true);
        Thread first = new Thread(c::close, "first close");
        first.start();
        awaitCall(d, "release 1");
        AtomicReference<String> seenBySecond = new AtomicReference<>();
        Thread second = new Thread(() -> {
            c.close();
            seenBySecond.set(d.openHandles() + " open, claimed " + d.claimed() + ", driver " + d.driver(1).orElse("none"));
        }, "second close");
        second.start();
        // The second close() finds the first one releasing: it must wait for it, not return.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (second.getState() != Thread.State.TIMED_WAITING && second.getState() != Thread.State.TERMINATED) {
            assertThat(System.nanoTime()).as("second close() waiting or done").isLessThan(deadline);
            Thread.sleep(1);
        }
        assertThat(seenBySecond.get()).as("returned while the first close() was still releasing").isNull();
        d.blockRelease(false);
        first.join(5000);
        second.join(5000);
        assertThat(first.isAlive()).isFalse();
        assertThat(second.isAlive()).isFalse();
        assertThat(seenBySecond.get()).isEqualTo("0 open, claimed [], driver usblp");
        assertThat(d.calls()).containsExactly("open", "detach 1", "claim 1", "release 1", "attach 1", "close");
        assertThat(d.violations()).isEmpty();
    }

    private static void awaitCall(FakeUsbDevice d, String call) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!d.calls().contains(call)) {
            assertThat(System.nanoTime()).as("call %s", call).isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    @Test
    void closeDuringABlockedReadWaitsForTheTransferAndNeverFreesUnderIt() throws Exception {
        FakeUsbDevice d = printer().build();
        UsbConnection c = connect(new FakeUsbBackend(d), "usb://04b8:0202");
        List<Throwable> failures = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try {
                c.read(new byte[64], 0, 64, Duration.ofSeconds(10));
            } catch (RuntimeException e) {
                synchronized (failures) {
                    failures.add(e);
                }
            }
        });
        reader.start();
        // Let the reader get into a transfer, then close from this thread.
        while (!d.calls().contains("read 0x82")) {
            Thread.sleep(1);
        }
        c.close();
        reader.join(5000);
        assertThat(reader.isAlive()).isFalse();
        assertThat(failures).singleElement()
                .isInstanceOfSatisfying(DeviceUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DISCONNECTED));
        assertThat(d.violations()).isEmpty();
        assertThat(d.openHandles()).isZero();
        assertThat(d.calls()).endsWith("release 1", "close");
    }

    @Test
    void aTransferThatOutlastsTheCloseWaitReleasesTheInterfaceWhenItEnds() throws Exception {
        FakeUsbDevice d = printer().build();
        FakeUsbBackend b = new FakeUsbBackend(d);
        UsbHandle h = b.open(d.info());
        h.claimInterface(1);
        UsbPipes pipes = UsbPipes.choose(UsbTarget.parse(LinkUri.parse("usb://04b8:0202")), d.info());
        UsbConnection c = new UsbConnection("usb://04b8:0202", h, pipes, false, 20);
        d.hold(true);
        CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> c.read(new byte[64], 0, 64, SECOND));
        while (!d.calls().contains("read 0x82")) {
            Thread.sleep(1);
        }
        c.close();
        // The transfer is still under way: the handle must still be open.
        assertThat(d.calls()).doesNotContain("release 1", "close");
        assertThat(d.openHandles()).isEqualTo(1);
        d.hold(false);
        assertThatThrownBy(() -> read.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(DeviceUnavailableException.class);
        assertThat(d.calls()).endsWith("release 1", "close");
        assertThat(d.openHandles()).isZero();
        assertThat(d.violations()).isEmpty();
    }

    @Test
    void anOutOnlyInterfaceNoticesAnUnplugWhileIdle() {
        FakeUsbDevice d = FakeUsbDevice.builder(0x0416, 0x5011).iface(0, UsbClasses.PRINTER, bulk(0x01)).build();
        try (UsbConnection c = connect(new FakeUsbBackend(d), "usb://0416:5011")) {
            assertThat(c.read(new byte[8], 0, 8, Duration.ofMillis(10))).isZero();
            d.unplug();
            assertThatThrownBy(() -> c.read(new byte[8], 0, 8, Duration.ofMillis(10)))
                    .isInstanceOfSatisfying(DeviceUnavailableException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.DISCONNECTED))
                    .hasMessageContaining("unplugged");
        }
    }

    @Test
    void anInterfaceWithoutInWaitsOutReadsAndOneWithoutOutRefusesWrites() {
        FakeUsbDevice printerOnly = FakeUsbDevice.builder(0x0416, 0x5011).iface(0, UsbClasses.PRINTER, bulk(0x01)).build();
        try (UsbConnection c = connect(new FakeUsbBackend(printerOnly), "usb://0416:5011")) {
            assertThat(c.pipes().in()).isNull();
            assertThat(c.read(new byte[8], 0, 8, Duration.ofMillis(20))).isZero();
            c.write(bytes(2), 0, 2, SECOND);
        }
        FakeUsbDevice sendOnly = FakeUsbDevice.builder(0x05e0, 0x1200).iface(0, UsbClasses.VENDOR, bulk(0x81)).build();
        try (UsbConnection c = connect(new FakeUsbBackend(sendOnly), "usb://05e0:1200?interface=0")) {
            assertThatThrownBy(() -> c.write(bytes(2), 0, 2, SECOND))
                    .isInstanceOf(DeviceUnavailableException.class).hasMessageContaining("no OUT endpoint");
        }
    }
}
