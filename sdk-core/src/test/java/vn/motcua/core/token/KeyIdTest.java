package vn.motcua.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.motcua.core.ticket.BranchId;
import vn.motcua.core.ticket.ParseResult;

class KeyIdTest {

    @Test
    void acceptsShortIdentifiers() {
        assertThat(KeyId.of("q1k2").value()).isEqualTo("q1k2");
        assertThat(KeyId.of("A.b_c-9").toString()).isEqualTo("A.b_c-9");
        assertThat(KeyId.of("12345678")).isEqualTo(new KeyId("12345678"));
    }

    @Test
    void rejectsBadIdsNamingTheField() {
        assertThatThrownBy(() -> KeyId.of("")).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("keyId:");
        assertThatThrownBy(() -> KeyId.of("123456789")).hasMessageStartingWith("keyId:").hasMessageContaining("1 to 8");
        assertThatThrownBy(() -> KeyId.of("k 1")).hasMessageStartingWith("keyId:");
        assertThatThrownBy(() -> KeyId.of("khóa")).hasMessageStartingWith("keyId:");
        assertThatThrownBy(() -> KeyId.of(null)).isInstanceOf(NullPointerException.class).hasMessage("keyId");
    }

    @Test
    void parseReportsTypedReasons() {
        assertThat(KeyId.parse("k1").toOptional()).contains(KeyId.of("k1"));
        assertThat(((ParseResult.Failure<KeyId>) KeyId.parse(null)).reason()).isEqualTo(ParseResult.Reason.EMPTY);
        assertThat(((ParseResult.Failure<KeyId>) KeyId.parse("x".repeat(9))).reason()).isEqualTo(ParseResult.Reason.TOO_LONG);
        assertThat(((ParseResult.Failure<KeyId>) KeyId.parse("k/1")).reason())
                .isEqualTo(ParseResult.Reason.INVALID_CHARACTER);
    }

    @Test
    void followsTheSameCharacterRuleAsBranchIds() {
        for (char c = 0; c < 0x180; c++) {
            String text = "k" + c + "1";
            assertThat(KeyId.parse(text).isOk()).as("U+%04X", (int) c).isEqualTo(BranchId.parse(text).isOk());
        }
    }

    @Test
    void failureMessagesSayWhatIsWrong() {
        assertThat(message(KeyId.parse(""))).isEqualTo("keyId: must not be empty");
        assertThat(message(KeyId.parse("x".repeat(9)))).isEqualTo("keyId: must be 1 to 8 characters, was 9");
        assertThat(message(KeyId.parse("k/1")))
                .isEqualTo("keyId: must use only ASCII letters, digits, '.', '_' and '-' (character 1)");
        assertThatThrownBy(() -> KeyId.of("")).hasMessage("keyId: must be 1 to 8 characters, was 0");
    }

    private static String message(ParseResult<KeyId> result) {
        assertThat(result).isInstanceOf(ParseResult.Failure.class);
        return ((ParseResult.Failure<KeyId>) result).message();
    }
}
