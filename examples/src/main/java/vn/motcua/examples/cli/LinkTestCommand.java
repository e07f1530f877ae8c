package vn.motcua.examples.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import vn.motcua.core.LinkTimeoutException;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.link.Link;
import vn.motcua.core.link.LinkOptions;
import vn.motcua.core.link.LinkRegistry;
import vn.motcua.core.link.LinkStats;
import vn.motcua.core.link.LinkUri;
import vn.motcua.examples.cli.output.Output;
import vn.motcua.examples.cli.output.Table;

/** {@code motcua link-test URI}: connects, sends probes, times the replies. */
@Command(name = "link-test",
        header = "Connects to a link, sends probes and times the replies.",
        description = {
            "Writes the probe --count times and reads what comes back after each. With",
            "--expect-echo every reply must equal its probe; otherwise whatever arrives is",
            "shown in hex and ASCII, and no reply is not an error.",
            "The probe goes to the device as it is: a printer prints it.",
            "Try it without hardware: motcua link-test 'sim:test?echo=true' --expect-echo",
        })
final class LinkTestCommand extends MotcuaCommand {
    /** A reply ends when nothing more arrives for this long (without --expect-echo). */
    private static final Duration QUIET = Duration.ofMillis(50);
    private static final int MAX_REPLY = 64 * 1024;
    private static final int PREVIEW = 24;

    @Parameters(index = "0", paramLabel = "URI",
            description = "The link, e.g. serial:/dev/ttyUSB0?baud=9600, tcp://192.168.1.50:9100, sim:test?echo=true.")
    String uri;

    @Option(names = {"-n", "--count"}, paramLabel = "N", defaultValue = "5",
            description = "How many probes to send (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = {"-p", "--payload"}, paramLabel = "HEX|TEXT",
            description = {"The probe: hex:1B40 or 0x1b40 for bytes, otherwise text with \\n \\r \\t \\xNN escapes.",
                "Default: motcua-probe-NNN and a newline, numbered per probe."})
    String payload;

    @Option(names = {"-t", "--timeout"}, paramLabel = "MS", defaultValue = "1000",
            description = "How long to wait to connect, to write, and for each reply, in ms, at most a day (default: ${DEFAULT-VALUE}).")
    long timeoutMillis;

    @Option(names = {"-e", "--expect-echo"},
            description = "Require each reply to equal its probe (for echo devices and loopback plugs).")
    boolean expectEcho;

    @Mixin
    JsonOption json = new JsonOption();

    /** One probe and what came of it; {@code replyNanos} is -1 when nothing came back. */
    record Round(int n, int sent, long writeNanos, long replyNanos, byte[] reply, String error) {
        boolean ok() {
            return error == null;
        }
    }

    @Override
    protected int run(Output out) throws InterruptedException {
        if (count < 1) {
            throw new ParameterException(spec.commandLine(), "--count must be at least 1, got " + count);
        }
        Duration timeout = millis("--timeout", timeoutMillis, 1);
        byte[] fixed = null;
        if (payload != null) {
            try {
                fixed = Bytes.parse(payload);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--payload: " + e.getMessage(), e, null, payload);
            }
        }
        LinkRegistry registry = sdk().links();
        LinkUri linkUri;
        try {
            linkUri = LinkUri.parse(uri);
            registry.endpoint(linkUri);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, uri);
        }
        LinkOptions options = LinkOptions.builder().connectTimeout(timeout).writeTimeout(timeout).build();

        long t0 = System.nanoTime();
        Link link;
        try {
            link = registry.connect(linkUri.text(), options);
        } catch (MotcuaException e) {
            if (json.json()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("uri", uri);
                m.put("ok", false);
                m.put("error", e.getMessage());
                out.json(m);
            }
            throw e;
        }
        long connectNanos = System.nanoTime() - t0;
        List<Round> rounds = new ArrayList<>();
        LinkStats stats;
        try (link) {
            for (int i = 1; i <= count; i++) {
                byte[] probe = fixed != null ? fixed
                        : String.format(Locale.ROOT, "motcua-probe-%03d\n", i).getBytes(StandardCharsets.US_ASCII);
                rounds.add(probe(link, i, probe, timeout));
            }
            stats = link.stats();
        }
        List<Round> failed = rounds.stream().filter(r -> !r.ok()).toList();
        if (json.json()) {
            out.json(toJson(connectNanos, rounds, stats, failed.isEmpty()));
        } else {
            print(out, connectNanos, rounds, stats);
        }
        if (!failed.isEmpty()) {
            out.error(spec.qualifiedName() + ": " + failed.size() + " of " + rounds.size() + " probes failed; first: "
                    + failed.get(0).error());
            return ExitCode.FAILED;
        }
        return ExitCode.OK;
    }

    private Round probe(Link link, int n, byte[] probe, Duration timeout) throws InterruptedException {
        link.discardInput();
        long start = System.nanoTime();
        try {
            link.write(probe);
        } catch (MotcuaException e) {
            return new Round(n, probe.length, System.nanoTime() - start, -1, new byte[0], "write failed: " + e.getMessage());
        }
        long written = System.nanoTime();
        if (expectEcho) {
            byte[] reply;
            try {
                reply = link.readExactly(probe.length, timeout);
            } catch (LinkTimeoutException e) {
                return new Round(n, probe.length, written - start, -1, new byte[0], "no echo: " + e.getMessage());
            }
            long done = System.nanoTime() - start;
            String error = Arrays.equals(reply, probe) ? null
                    : "echo differs: sent " + Bytes.preview(probe, PREVIEW) + ", got " + Bytes.preview(reply, PREVIEW);
            return new Round(n, probe.length, written - start, done, reply, error);
        }
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        int got = link.read(buf, 0, buf.length, timeout);
        if (got == 0) {
            return new Round(n, probe.length, written - start, -1, new byte[0], null);
        }
        long firstByte = System.nanoTime() - start;
        while (got > 0 && reply.size() < MAX_REPLY) {
            reply.write(buf, 0, got);
            got = link.read(buf, 0, buf.length, QUIET);
        }
        return new Round(n, probe.length, written - start, firstByte, reply.toByteArray(), null);
    }

    private void print(Output out, long connectNanos, List<Round> rounds, LinkStats stats) {
        out.line("Connected to " + uri + " in " + Timings.millis(connectNanos) + ".");
        Table t = Table.of("PROBE", "SENT", "WRITE", expectEcho ? "ECHO" : "FIRST REPLY", "RECEIVED", "RESULT");
        t.style(5, s -> s.equals("ok") ? out.style().green(s) : s.startsWith("no reply") ? s : out.style().red(s));
        for (Round r : rounds) {
            t.row(r.n(), r.sent() + " B", Timings.millis(r.writeNanos()),
                    r.replyNanos() < 0 ? "-" : Timings.millis(r.replyNanos()),
                    received(r),
                    r.ok() ? (r.replyNanos() < 0 ? "no reply" : "ok") : r.error());
        }
        out.table(t, "");
        long[] replies = replyNanos(rounds);
        String what = expectEcho ? "Round trip" : "Time to first reply byte";
        out.line(replies.length == 0
                ? what + ": no replies."
                : what + ": " + Timings.of(replies).describe() + " (" + replies.length + " of " + rounds.size() + " probes)");
        out.line("Write: " + Timings.of(rounds.stream().mapToLong(Round::writeNanos).toArray()).describe() + ".");
        out.line("Link: " + stats.bytesWritten() + " B written, " + stats.bytesRead() + " B read, "
                + stats.errors() + " errors, " + stats.reconnects() + " reconnects.");
        long okCount = rounds.stream().filter(Round::ok).count();
        out.line(okCount == rounds.size()
                ? out.style().green("OK") + ": " + okCount + " of " + rounds.size() + " probes " + (expectEcho ? "echoed." : "sent.")
                : out.style().red("FAILED") + ": " + (rounds.size() - okCount) + " of " + rounds.size() + " probes failed.");
    }

    /** The reply times of the probes that succeeded and got a reply. */
    private static long[] replyNanos(List<Round> rounds) {
        return rounds.stream().filter(r -> r.ok() && r.replyNanos() >= 0).mapToLong(Round::replyNanos).toArray();
    }

    /** The reply's size; its bytes too unless they are the echo already checked. */
    private String received(Round r) {
        if (r.reply().length == 0) {
            return "-";
        }
        return r.reply().length + " B" + (expectEcho && r.ok() ? "" : "  " + Bytes.preview(r.reply(), PREVIEW));
    }

    private Map<String, Object> toJson(long connectNanos, List<Round> rounds, LinkStats stats, boolean ok) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uri", uri);
        m.put("ok", ok);
        m.put("expectEcho", expectEcho);
        m.put("connectMicros", Timings.micros(connectNanos));
        List<Map<String, Object>> rs = new ArrayList<>();
        for (Round r : rounds) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("probe", r.n());
            x.put("sentBytes", r.sent());
            x.put("writeMicros", Timings.micros(r.writeNanos()));
            x.put("replyMicros", r.replyNanos() < 0 ? null : Timings.micros(r.replyNanos()));
            x.put("replyHex", Bytes.hex(r.reply(), Integer.MAX_VALUE));
            x.put("ok", r.ok());
            x.put("error", r.error());
            rs.add(x);
        }
        m.put("probes", rs);
        Timings rtt = Timings.of(replyNanos(rounds));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("count", rtt.count());
        summary.put("min", Timings.micros(rtt.min()));
        summary.put("median", Timings.micros(rtt.median()));
        summary.put("max", Timings.micros(rtt.max()));
        m.put("replyMicros", summary);
        m.put("bytesWritten", stats.bytesWritten());
        m.put("bytesRead", stats.bytesRead());
        m.put("errors", stats.errors());
        m.put("reconnects", stats.reconnects());
        return m;
    }
}
