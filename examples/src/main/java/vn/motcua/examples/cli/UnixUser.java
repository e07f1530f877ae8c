package vn.motcua.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who this process runs as on Linux and which groups it has, read from {@code /proc/self/status}
 * and {@code /etc/group}: the groups the process really has, which after
 * {@code usermod -aG dialout} differ from the user's configured groups until the next login.
 *
 * @param name the user name
 * @param uid the effective user id
 * @param groups the names of the process's groups (numbers where a name is unknown)
 */
record UnixUser(String name, long uid, Set<String> groups) {

    UnixUser {
        groups = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(groups));
    }

    boolean isRoot() {
        return uid == 0;
    }

    /** The current process's user, or empty where {@code /proc} is not there (not Linux). */
    static Optional<UnixUser> current() {
        try {
            String status = Files.readString(Path.of("/proc/self/status"));
            String groupFile = Files.isReadable(Path.of("/etc/group")) ? Files.readString(Path.of("/etc/group")) : "";
            return Optional.of(parse(System.getProperty("user.name", "?"), status, groupFile));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads the effective uid and the group ids from {@code /proc/PID/status} text and names the
     * groups with {@code /etc/group} text.
     *
     * @throws IllegalArgumentException when {@code status} has no {@code Uid:} line
     */
    static UnixUser parse(String userName, String status, String groupFile) {
        Map<String, String> names = new HashMap<>();
        for (String line : groupFile.split("\n")) {
            String[] f = line.split(":", -1);
            if (f.length >= 3 && !f[0].isEmpty()) {
                names.putIfAbsent(f[2].strip(), f[0]);
            }
        }
        long uid = -1;
        List<String> gids = new ArrayList<>();
        for (String line : status.split("\n")) {
            if (line.startsWith("Uid:")) {
                String[] f = line.substring(4).strip().split("\\s+");
                uid = Long.parseLong(f.length > 1 ? f[1] : f[0]);
            } else if (line.startsWith("Gid:")) {
                String[] f = line.substring(4).strip().split("\\s+");
                gids.add(f.length > 1 ? f[1] : f[0]);
            } else if (line.startsWith("Groups:")) {
                for (String g : line.substring(7).strip().split("\\s+")) {
                    if (!g.isEmpty()) {
                        gids.add(g);
                    }
                }
            }
        }
        if (uid < 0) {
            throw new IllegalArgumentException("no Uid: line in the process status");
        }
        Set<String> groups = new LinkedHashSet<>();
        for (String g : gids) {
            groups.add(names.getOrDefault(g, g));
        }
        return new UnixUser(userName, uid, groups);
    }
}
