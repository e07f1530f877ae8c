package vn.motcua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.examples.cli.output.Json;
import vn.motcua.examples.cli.output.Style;
import vn.motcua.examples.cli.output.Table;

class OutputTest {

    @Test
    void tableAlignsColumnsWithoutTrailingBlanks() {
        Table t = Table.of("ID", "STATE", "DETAIL").row("printer-1", "READY", "").row("s", "OFFLINE", "unplugged");
        assertThat(t.lines("  ")).containsExactly(
                "  ID         STATE    DETAIL",
                "  printer-1  READY",
                "  s          OFFLINE  unplugged");
    }

    @Test
    void colourDoesNotBreakAlignment() {
        Style ansi = Style.ansi();
        Table t = Table.of("ID", "STATE", "N").style(1, ansi::green).row("a", "READY", "1").row("bbbb", "OFFLINE", "2");
        assertThat(t.lines("")).containsExactly(
                "ID    STATE    N",
                "a     \u001b[32mREADY\u001b[0m    1",
                "bbbb  \u001b[32mOFFLINE\u001b[0m  2");
    }

    @Test
    void cellsStayOnOneLine() {
        Table t = Table.of("A", "B").row("x\ny", null);
        assertThat(t.lines("")).containsExactly("A    B", "x y");
        assertThatThrownBy(() -> t.row("only one")).hasMessageContaining("1 cells, table has 2 columns");
    }

    @Test
    void jsonWritesInstantsAsIsoText() {
        assertThat(Json.write(Map.of("since", Instant.parse("2026-11-27T06:45:25.5Z"))))
                .isEqualTo("{%n  \"since\" : \"2026-11-27T06:45:25.500Z\"%n}".formatted());
    }

    @Test
    void noColourWhenAskedOrWhenNotATerminal() {
        assertThat(Style.detect(true, Map.of()).isOn()).isFalse();
        assertThat(Style.detect(false, Map.of("NO_COLOR", "1")).isOn()).isFalse();
        // Tests write to a pipe, never to a terminal.
        assertThat(Style.detect(false, Map.of()).isOn()).isFalse();
        assertThat(Style.plain().red("x")).isEqualTo("x");
    }
}
