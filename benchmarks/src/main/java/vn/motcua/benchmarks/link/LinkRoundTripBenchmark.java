package vn.motcua.benchmarks.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.motcua.core.link.Link;
import vn.motcua.core.link.LinkOptions;
import vn.motcua.core.link.LinkRegistry;
import vn.motcua.core.link.sim.SimPorts;

/**
 * Round trip of a 16-byte message through a {@link Link}: write it, then
 * {@link Link#readExactly} its echo. Each link has a baseline in the same run, so the ratio
 * {@code link / baseline} is what the link machinery (its I/O thread, buffer, locks and
 * counters) costs on top of the transport:
 *
 * <ul>
 *   <li>{@code sim}: a {@code sim:NAME?echo=true} link, whose device echoes on the writing
 *       thread and whose I/O thread hands the bytes to the reader; against {@code simBaseline},
 *       a plain in-memory round trip to an echo thread through two {@link ArrayBlockingQueue}s
 *       (the same two thread handoffs, nothing else);
 *   <li>{@code tcp}: a {@code tcp://127.0.0.1:PORT} link to a loopback echo server; against
 *       {@code tcpBaseline}, a blocking {@link Socket} to the same server, written and read on
 *       the caller's thread.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
public class LinkRoundTripBenchmark {
    static final int SIZE = 16;
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    static byte[] message() {
        byte[] m = new byte[SIZE];
        for (int i = 0; i < SIZE; i++) {
            m[i] = (byte) ('a' + i);
        }
        return m;
    }

    /** A {@code sim:} echo link. */
    @State(Scope.Benchmark)
    public static class Sim {
        final byte[] msg = message();
        String name;
        Link link;

        @Setup(Level.Trial)
        public void open() {
            name = "bench-" + System.nanoTime();
            link = LinkRegistry.defaults().connect("sim:" + name + "?echo=true", LinkOptions.defaults());
        }

        @TearDown(Level.Trial)
        public void close() {
            link.close();
            SimPorts.remove(name);
        }
    }

    /** An echo thread between two queues: the in-memory baseline for {@link Sim}. */
    @State(Scope.Benchmark)
    public static class Queues {
        final byte[] msg = message();
        final ArrayBlockingQueue<byte[]> toEcho = new ArrayBlockingQueue<>(16);
        final ArrayBlockingQueue<byte[]> fromEcho = new ArrayBlockingQueue<>(16);
        Thread echo;

        @Setup(Level.Trial)
        public void start() {
            echo = new Thread(() -> {
                try {
                    while (true) {
                        fromEcho.put(toEcho.take().clone());
                    }
                } catch (InterruptedException e) {
                    // tear-down
                }
            }, "bench-queue-echo");
            echo.setDaemon(true);
            echo.start();
        }

        @TearDown(Level.Trial)
        public void stop() throws InterruptedException {
            echo.interrupt();
            echo.join(2000);
        }
    }

    /** A loopback echo server with an SDK link and a raw socket to it. */
    @State(Scope.Benchmark)
    public static class Tcp {
        final byte[] msg = message();
        EchoServer server;
        Link link;
        Socket raw;
        InputStream rawIn;
        OutputStream rawOut;

        @Setup(Level.Trial)
        public void open() throws IOException {
            server = new EchoServer();
            link = LinkRegistry.defaults().connect("tcp://127.0.0.1:" + server.port(), LinkOptions.defaults());
            raw = new Socket(InetAddress.getLoopbackAddress(), server.port());
            raw.setTcpNoDelay(true);
            rawIn = raw.getInputStream();
            rawOut = raw.getOutputStream();
        }

        @TearDown(Level.Trial)
        public void close() throws IOException, InterruptedException {
            link.close();
            raw.close();
            server.close();
        }
    }

    @Benchmark
    public byte[] sim(Sim s) throws InterruptedException {
        s.link.write(s.msg);
        return s.link.readExactly(SIZE, TIMEOUT);
    }

    @Benchmark
    public byte[] simBaseline(Queues q) throws InterruptedException {
        q.toEcho.put(q.msg);
        return q.fromEcho.take();
    }

    @Benchmark
    public byte[] tcp(Tcp t) throws InterruptedException {
        t.link.write(t.msg);
        return t.link.readExactly(SIZE, TIMEOUT);
    }

    @Benchmark
    public byte[] tcpBaseline(Tcp t) throws IOException {
        t.rawOut.write(t.msg);
        byte[] reply = new byte[SIZE];
        int got = 0;
        while (got < SIZE) {
            int n = t.rawIn.read(reply, got, SIZE - got);
            if (n < 0) {
                throw new IOException("echo server closed the connection");
            }
            got += n;
        }
        return reply;
    }

    /** Echoes every byte back, one thread per connection, on a loopback ephemeral port. */
    static final class EchoServer implements AutoCloseable {
        private final ServerSocket socket;
        private final Thread acceptor;

        EchoServer() throws IOException {
            socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
            acceptor = new Thread(this::accept, "bench-echo-accept");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket c = socket.accept();
                    Thread t = new Thread(() -> echo(c), "bench-echo-" + c.getPort());
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        private static void echo(Socket c) {
            try (c) {
                c.setTcpNoDelay(true);
                InputStream in = c.getInputStream();
                OutputStream out = c.getOutputStream();
                byte[] buf = new byte[4096];
                int n;
                while ((n = in.read(buf)) > 0) {
                    out.write(buf, 0, n);
                }
            } catch (SocketException e) {
                // the client left
            } catch (IOException e) {
                // nothing to report in a benchmark fixture
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
            try {
                acceptor.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
