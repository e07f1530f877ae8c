package vn.motcua.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void shortTextIsQuotedWholeAndEscaped() {
        assertThat(Problem.quote("a\tb\"c\\dé")).isEqualTo("\"a?b?c?d?\"");
        assertThat(Problem.quote("x".repeat(24))).isEqualTo("\"" + "x".repeat(24) + "\"");
        assertThat(Problem.quote("x".repeat(25))).isEqualTo("\"" + "x".repeat(24) + "...\"");
    }

    @Test
    void citizenIdsAreMaskedBeforeTheCut() {
        // A 12-digit ID starting at position 20: only 4 digits fit before the cut.
        assertThat(Problem.quote("x".repeat(20) + "079090012345")).isEqualTo("\"" + "x".repeat(20) + "****...\"");
        // A 9-digit ID crossing the cut keeps no more than its last 3 digits.
        assertThat(Problem.quote("x".repeat(18) + "079090012yy")).isEqualTo("\"" + "x".repeat(18) + "******...\"");
        assertThat(Problem.quote("id 079090012345 end")).isEqualTo("\"id ********2345 end\"");
        assertThat(Problem.quote("id 079090012 end")).isEqualTo("\"id ******012 end\"");
    }

    @Test
    void anyRunOfNineOrMoreDigitsIsMaskedEntirely() {
        assertThat(Problem.quote("0912345678")).isEqualTo("\"**********\"");
        assertThat(Problem.quote("x" + "0790900123456")).isEqualTo("\"x*************\"");
        assertThat(Problem.quote("x".repeat(10) + "1".repeat(40))).isEqualTo("\"" + "x".repeat(10) + "*".repeat(14) + "...\"");
        // Digits of another script count as digits, and the masked run is then plain '*'.
        assertThat(Problem.quote("\u0660".repeat(10))).isEqualTo("\"**********\"");
    }

    @Test
    void shortDigitRunsStay() {
        assertThat(Problem.quote("A012 20250315")).isEqualTo("\"A012 20250315\"");
    }
}
