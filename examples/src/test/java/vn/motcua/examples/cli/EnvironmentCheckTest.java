package vn.motcua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnvironmentCheckTest {
    private static final String STATUS = "Name:\tjava\nUid:\t1000\t1000\t1000\t1000\nGid:\t1000\t1000\t1000\t1000\n"
            + "Groups:\t4 20 1000 \n";
    private static final String GROUPS = "root:x:0:\nadm:x:4:alice\ndialout:x:20:alice\nlp:x:7:\nalice:x:1000:\n";

    @Test
    void readsTheProcessGroupsByName() {
        UnixUser u = UnixUser.parse("alice", STATUS, GROUPS);
        assertThat(u.uid()).isEqualTo(1000);
        assertThat(u.groups()).containsExactly("alice", "adm", "dialout");
        assertThat(u.isRoot()).isFalse();
    }

    @Test
    void unnamedGroupsKeepTheirNumber() {
        UnixUser u = UnixUser.parse("bob", "Uid:\t1001\t1001\t1001\t1001\nGid:\t1001\t1001\t1001\t1001\nGroups:\t20 4242\n", GROUPS);
        assertThat(u.groups()).containsExactly("1001", "dialout", "4242");
    }

    @Test
    void aUserInTheOwningGroupsIsFine() {
        Map<String, String> owners = new LinkedHashMap<>();
        owners.put("/dev/ttyUSB0", "dialout");
        Check c = EnvironmentCheck.access(Optional.of(UnixUser.parse("alice", STATUS, GROUPS)), owners);
        assertThat(c.level()).isEqualTo(Check.Level.OK);
        assertThat(c.value()).contains("alice (uid 1000)", "in dialout");
    }

    @Test
    void aUserMissingAGroupIsToldTheCommand() {
        Map<String, String> owners = new LinkedHashMap<>();
        owners.put("/dev/ttyUSB0", "dialout");
        owners.put("/dev/usb/lp0", "lp");
        Check c = EnvironmentCheck.access(Optional.of(UnixUser.parse("alice", STATUS, GROUPS)), owners);
        assertThat(c.level()).isEqualTo(Check.Level.WARN);
        assertThat(c.value()).contains("not in lp (owner of /dev/usb/lp0)");
        assertThat(c.hint()).isEqualTo("sudo usermod -aG lp alice, then log out and in again");
    }

    @Test
    void withNoDeviceNodesDialoutIsAssumed() {
        UnixUser u = new UnixUser("carol", 1002, Set.of("carol"));
        Check c = EnvironmentCheck.access(Optional.of(u), Map.of());
        assertThat(c.level()).isEqualTo(Check.Level.WARN);
        assertThat(c.hint()).startsWith("sudo usermod -aG dialout carol");
    }

    @Test
    void rootMayOpenEverything() {
        UnixUser root = new UnixUser("root", 0, Set.of("root"));
        Check c = EnvironmentCheck.access(Optional.of(root), Map.of("/dev/ttyUSB0", "dialout"));
        assertThat(c.level()).isEqualTo(Check.Level.OK);
        assertThat(c.value()).contains("root may open every device");
    }

    @Test
    void notLinuxIsNotChecked() {
        assertThat(EnvironmentCheck.access(Optional.empty(), Map.of()).level()).isEqualTo(Check.Level.INFO);
    }
}
