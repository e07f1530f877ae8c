package vn.motcua.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.motcua.core.ConfigException;
import vn.motcua.core.link.LinkUri;

/**
 * Whatever text a configuration file holds, loading it either succeeds or throws a
 * {@link ConfigException} whose every problem names a field: never another exception.
 */
class ConfigFuzzTest {

    @Property(tries = 2000)
    void arbitraryTextGivesAConfigOrAConfigException(@ForAll("configish") String text) {
        try {
            MotcuaConfig c = MotcuaConfig.parse(text, "fuzz.json");
            assertThat(c.devices()).allSatisfy(d -> assertThat(d.id()).isNotNull());
        } catch (ConfigException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).matches("(?s)^[^ :]+: .+"));
        }
    }

    @Property(tries = 2000)
    void linkUriParsingOnlyEverRejectsWithAReason(@ForAll("uriish") String text) {
        try {
            LinkUri u = LinkUri.parse(text);
            assertThat(u.scheme()).isNotEmpty();
            assertThat(u.target()).isNotEmpty();
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> configish() {
        Arbitrary<String> token = Arbitraries.of(
                "{", "}", "[", "]", ",", ":", "\"devices\"", "\"id\"", "\"kind\"", "\"uri\"", "\"options\"",
                "\"link\"", "\"sim:a\"", "\"tcp://h:1\"", "\"serial:/dev/x?baud=9600\"", "\"usb://04b8:0202\"",
                "\"seria:x\"", "\"a\"", "\"name\"", "\"services\"", "1", "-1e999", "true", "null", "\"\\u0000\"",
                "// c\n", "/*", "*/", "\"phường\"", " ");
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(8);
        return Combinators.combine(token.list().ofMaxSize(60), noise)
                .as((ts, n) -> String.join("", ts) + (n.isEmpty() ? "" : n));
    }

    @Provide
    Arbitrary<String> uriish() {
        Arbitrary<String> token = Arbitraries.of("tcp", "serial", "usb", "sim", ":", "//", "/", "?", "&", "=", "%",
                "%2", "%zz", "a", "1", "9100", "[", "]", " ", "ư", "\u0000");
        return token.list().ofMaxSize(20).map(ts -> String.join("", ts));
    }
}
