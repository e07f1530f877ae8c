package vn.motcua.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;

/**
 * A device on a loopback TCP port that can be "unplugged" ({@link #stop()}: the listening
 * socket and the open connection close) and "plugged back" ({@link #start()}: it listens on
 * the same port again). It records what it receives and can send bytes to its client.
 */
public final class TcpPeer implements AutoCloseable {
    private final int port;
    private final boolean reading;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private ServerSocket server;
    private Socket client;
    private Thread acceptor;

    private TcpPeer(int port, boolean reading) {
        this.port = port;
        this.reading = reading;
    }

    /** Starts a peer on a free loopback port that reads (and records) everything it is sent. */
    public static TcpPeer start(boolean reading) throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        TcpPeer p = new TcpPeer(port, reading);
        p.start();
        return p;
    }

    public int port() {
        return port;
    }

    public String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    /** Listens again on the same port. */
    public synchronized void start() throws IOException {
        if (server != null) {
            return;
        }
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 4);
        server = s;
        acceptor = new Thread(() -> acceptLoop(s), "tcp-peer-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void acceptLoop(ServerSocket s) {
        try {
            while (true) {
                Socket c = s.accept();
                synchronized (this) {
                    if (server != s) {
                        // stop() ran between accept() and here: this connection is unplugged too.
                        c.close();
                        return;
                    }
                    if (client != null) {
                        client.close();
                    }
                    client = c;
                    notifyAll();
                }
                if (reading) {
                    InputStream in = c.getInputStream();
                    byte[] buf = new byte[8192];
                    int n;
                    try {
                        while ((n = in.read(buf)) > 0) {
                            synchronized (this) {
                                received.write(buf, 0, n);
                                notifyAll();
                            }
                        }
                    } catch (SocketException closed) {
                        // stop() or the client went away
                    }
                }
            }
        } catch (IOException e) {
            // stop() closed the server socket
        }
    }

    /** Closes the listening socket and the open connection, like pulling the cable. */
    public void stop() throws InterruptedException {
        Thread t;
        synchronized (this) {
            closeQuietly(client);
            closeQuietly(server);
            client = null;
            server = null;
            t = acceptor;
            acceptor = null;
        }
        if (t != null) {
            t.join(2000);
        }
    }

    /** Waits for a client to connect, then sends it {@code data}. */
    public void send(byte[] data) throws IOException, InterruptedException {
        Socket c;
        synchronized (this) {
            long deadline = System.currentTimeMillis() + 5000;
            while (client == null && System.currentTimeMillis() < deadline) {
                wait(50);
            }
            c = client;
        }
        if (c == null) {
            throw new IOException("no client connected to port " + port);
        }
        c.getOutputStream().write(data);
        c.getOutputStream().flush();
    }

    /** Waits until at least {@code n} bytes were received; returns everything received so far. */
    public synchronized byte[] awaitReceived(int n, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (received.size() < n && System.currentTimeMillis() < deadline) {
            wait(50);
        }
        return received.toByteArray();
    }

    private static void closeQuietly(java.io.Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
