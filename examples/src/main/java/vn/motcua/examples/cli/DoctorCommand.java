package vn.motcua.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.motcua.core.ConfigException;
import vn.motcua.core.config.ConfigLoader;
import vn.motcua.core.config.MotcuaConfig;
import vn.motcua.core.device.Device;
import vn.motcua.core.device.DeviceContext;
import vn.motcua.core.device.DeviceId;
import vn.motcua.core.device.DeviceInfo;
import vn.motcua.core.device.DeviceRegistry;
import vn.motcua.core.device.Fault;
import vn.motcua.core.device.Health;
import vn.motcua.core.link.LinkRegistry;
import vn.motcua.examples.cli.output.Output;
import vn.motcua.examples.cli.output.Style;
import vn.motcua.examples.cli.output.Table;

/** {@code motcua doctor}: checks this machine and a configuration's devices. */
@Command(name = "doctor",
        header = "Checks this machine and the devices of a configuration.",
        description = {
            "Prints what the SDK sees of this machine (Java, link schemes, USB, serial ports,",
            "device permissions), then opens every device of the configuration, waits up to",
            "--wait for them to become usable and prints their state, faults and counters.",
            "Without --config it checks a built-in demo configuration of simulated devices.",
            "Exits 1 if any device is not usable; 3 if the configuration is invalid.",
        })
final class DoctorCommand extends MotcuaCommand {
    static final String DEMO_RESOURCE = "demo-config.json";
    /** How the SDK starts a problem with the file rather than a field: {@code (file): no such file}. */
    private static final String FILE_PROBLEM = "(file): ";

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "The kiosk's or branch's JSON configuration. Default: a built-in demo of simulated devices.")
    Path config;

    @Option(names = {"-w", "--wait"}, paramLabel = "MS", defaultValue = "3000",
            description = "How long to wait for the devices to become usable, in ms, at most a day (default: ${DEFAULT-VALUE}).")
    long waitMillis;

    @Mixin
    JsonOption json = new JsonOption();

    @Override
    protected int run(Output out) throws InterruptedException {
        Duration wait = millis("--wait", waitMillis, 0);
        LinkRegistry links = sdk().links();
        DeviceRegistry kinds = sdk().kinds();
        ConfigLoader loader = new ConfigLoader(links, kinds);
        MotcuaConfig cfg;
        try {
            cfg = config == null ? loader.parse(demoConfig(), "built-in demo configuration") : loader.load(config);
        } catch (ConfigException e) {
            return invalid(out, e);
        }
        List<Check> env = EnvironmentCheck.run(PortScan.run(links), kinds, UnixUser.current(), Path.of("/dev"));

        List<Health> health;
        Map<DeviceId, DeviceInfo> info = new LinkedHashMap<>();
        try (DeviceContext devices = DeviceContext.builder(cfg).links(links).kinds(kinds).build()) {
            devices.awaitUsable(wait);
            health = devices.health();
            for (Device d : devices.devices()) {
                info.put(d.id(), d.info());
            }
        }
        List<Health> bad = health.stream().filter(h -> !h.state().isUsable()).toList();
        if (json.json()) {
            out.json(toJson(env, cfg, info, health, bad.isEmpty()));
        } else {
            printEnvironment(out, env);
            out.blank();
            printDevices(out, cfg, info, health, health.size() - bad.size());
            if (config == null) {
                out.line("These are simulated devices. Check your own: motcua doctor --config kiosk.json");
            }
        }
        if (!bad.isEmpty()) {
            out.error(spec.qualifiedName() + ": " + bad.size() + " of " + health.size() + " devices not usable: "
                    + bad.stream().map(h -> h.device() + " (" + h.state() + ")").collect(Collectors.joining(", ")));
            return ExitCode.FAILED;
        }
        return ExitCode.OK;
    }

    private int invalid(Output out, ConfigException e) {
        String source = config == null ? "built-in demo configuration" : config.toString();
        if (json.json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ok", false);
            m.put("config", source);
            m.put("problems", e.problems());
            out.json(m);
        }
        int n = e.problems().size();
        if (n == 1 && e.problems().get(0).startsWith(FILE_PROBLEM)) {
            // The SDK says what is wrong with the file itself; bytes that are not UTF-8 make invalid text.
            String problem = e.problems().get(0).substring(FILE_PROBLEM.length());
            out.error(spec.qualifiedName() + ": " + source + (problem.startsWith("not valid UTF-8") ? " is invalid: " : ": ")
                    + problem);
            return ExitCode.CONFIG;
        }
        out.error(spec.qualifiedName() + ": " + source + " is invalid (" + n + (n == 1 ? " problem" : " problems") + "):");
        for (String p : e.problems()) {
            out.error("  " + p);
        }
        return ExitCode.CONFIG;
    }

    private static void printEnvironment(Output out, List<Check> env) {
        out.heading("Environment");
        Style st = out.style();
        Table t = Table.of("CHECK", "STATUS", "FOUND");
        t.style(1, s -> s.equals("ok") ? st.green(s) : s.equals("warn") ? st.yellow(s) : st.dim(s));
        for (Check c : env) {
            t.row(c.name(), c.level().name().toLowerCase(java.util.Locale.ROOT),
                    c.value() + (c.hint().isEmpty() ? "" : " -- " + c.hint()));
        }
        out.table(t, "  ");
    }

    private static void printDevices(Output out, MotcuaConfig cfg, Map<DeviceId, DeviceInfo> info, List<Health> health,
            int usable) {
        out.heading("Devices" + (cfg.name().isEmpty() ? "" : " of " + cfg.name()) + ", from " + cfg.source());
        if (health.isEmpty()) {
            out.line("  The configuration has no devices.");
            return;
        }
        Style st = out.style();
        Table t = Table.of("ID", "KIND", "LINK", "STATE", "FAULTS", "COUNTERS", "DETAIL");
        t.style(3, s -> s.equals("READY") ? st.green(s) : s.equals("DEGRADED") || s.equals("OPENING") ? st.yellow(s) : st.red(s));
        for (Health h : health) {
            DeviceInfo d = info.get(h.device());
            t.row(h.device(), d.kind(), d.linkUri().isEmpty() ? "-" : d.linkUri(), h.state(),
                    faults(h), counters(h.metrics()), detail(h.detail(), d.linkUri()));
        }
        out.table(t, "  ");
        out.blank();
        out.line(usable == health.size()
                ? st.green("OK") + ": all " + health.size() + " devices usable."
                : st.red("FAILED") + ": " + usable + " of " + health.size() + " devices usable.");
    }

    private static String faults(Health h) {
        if (h.faults().isEmpty()) {
            return "-";
        }
        return h.faults().stream().map(f -> f.code() + " (" + f.severity().name().toLowerCase(java.util.Locale.ROOT) + ")")
                .collect(Collectors.joining(", "));
    }

    /** The detail without the link URI the LINK column already shows. */
    static String detail(String detail, String linkUri) {
        return linkUri.isEmpty() ? detail : detail.replace(linkUri + ": ", "");
    }

    /** The non-zero counters, without the {@code link.} prefix: {@code errors 3, reconnects 1}. */
    static String counters(Map<String, Long> metrics) {
        String s = metrics.entrySet().stream().filter(e -> e.getValue() != 0)
                .map(e -> e.getKey().replaceFirst("^link\\.", "") + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return s.isEmpty() ? "-" : s;
    }

    private static Map<String, Object> toJson(List<Check> env, MotcuaConfig cfg, Map<DeviceId, DeviceInfo> info,
            List<Health> health, boolean ok) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", ok);
        List<Map<String, Object>> checks = new ArrayList<>();
        for (Check c : env) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("check", c.name());
            x.put("level", c.level().name());
            x.put("found", c.value());
            x.put("hint", c.hint());
            checks.add(x);
        }
        m.put("environment", checks);
        m.put("config", cfg.source());
        List<Map<String, Object>> ds = new ArrayList<>();
        for (Health h : health) {
            DeviceInfo d = info.get(h.device());
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", h.device().value());
            x.put("kind", d.kind());
            x.put("link", d.linkUri());
            x.put("state", h.state().name());
            x.put("usable", h.state().isUsable());
            x.put("since", h.since());
            List<Map<String, Object>> fs = new ArrayList<>();
            for (Fault f : h.faults()) {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("code", f.code());
                fm.put("severity", f.severity().name());
                fm.put("message", f.message());
                fm.put("since", f.since());
                fs.add(fm);
            }
            x.put("faults", fs);
            x.put("metrics", h.metrics());
            x.put("detail", h.detail());
            ds.add(x);
        }
        m.put("devices", ds);
        return m;
    }

    /** The built-in demo configuration's JSON text. */
    static String demoConfig() {
        try (InputStream in = DoctorCommand.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEMO_RESOURCE + " is missing from the tool's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + DEMO_RESOURCE, e);
        }
    }
}
