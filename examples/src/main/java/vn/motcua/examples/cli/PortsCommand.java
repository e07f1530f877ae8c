package vn.motcua.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.motcua.core.link.PortInfo;
import vn.motcua.examples.cli.output.Output;
import vn.motcua.examples.cli.output.Table;

/** {@code motcua ports}: the serial ports and USB devices this machine can see. */
@Command(name = "ports",
        header = "Lists the serial ports and USB devices this machine can see.",
        description = {
            "Each line gives the URI to use in a configuration or with 'motcua link-test'.",
            "Pseudo-terminals (ptys) are not listed: name them by path, e.g. serial:/dev/pts/3.",
            "Exits 0 when the search ran, even if it found nothing.",
        })
final class PortsCommand extends MotcuaCommand {

    @Mixin
    JsonOption json = new JsonOption();

    @Override
    protected int run(Output out) {
        PortScan scan = PortScan.run(sdk().links());
        if (json.json()) {
            out.json(toJson(scan));
            return ExitCode.OK;
        }
        if (scan.ports().isEmpty()) {
            out.line("No serial ports or USB devices found.");
        } else {
            Table t = Table.of("URI", "KIND", "DESCRIPTION", "NOTE");
            for (PortInfo p : scan.ports()) {
                t.row(p.uri(), p.kind(), p.description(), p.note());
            }
            out.table(t, "");
        }
        for (String scheme : PortScan.HARDWARE_SCHEMES) {
            PortInfo failed = scan.failure(scheme);
            if (!scan.has(scheme)) {
                out.line(scheme + ": not searched (no " + scheme + " link provider on the class path)");
            } else if (failed != null) {
                out.error(scheme + ": search failed: " + failed.note());
            }
        }
        out.blank();
        out.line(PortScan.PTY_NOTE + ".");
        return ExitCode.OK;
    }

    private static Map<String, Object> toJson(PortScan scan) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ports", scan.ports());
        List<Map<String, String>> searched = new ArrayList<>();
        for (String scheme : PortScan.HARDWARE_SCHEMES) {
            PortInfo failed = scan.failure(scheme);
            Map<String, String> s = new LinkedHashMap<>();
            s.put("scheme", scheme);
            s.put("status", !scan.has(scheme) ? "no-provider" : failed != null ? "failed" : "ok");
            s.put("note", failed == null ? "" : failed.note());
            searched.add(s);
        }
        m.put("searched", searched);
        m.put("note", PortScan.PTY_NOTE);
        return m;
    }
}
