package vn.motcua.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    void serviceCodeAcceptsShortUppercaseCodes() {
        assertThat(ServiceCode.of("HT").toString()).isEqualTo("HT");
        assertThat(ServiceCode.of("A").value()).isEqualTo("A");
        assertThat(ServiceCode.of("CT1")).isEqualTo(new ServiceCode("CT1"));
        assertThat(ServiceCode.of("DDAI")).isNotNull();
    }

    @Test
    void serviceCodeRejectsBreakingTheRulesNamingTheField() {
        for (String bad : new String[] {"", "ht", "1A", "ĐĐ", "H T", "HTXYZ", "A-1"}) {
            assertThatThrownBy(() -> ServiceCode.of(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("serviceCode:");
        }
        assertThatThrownBy(() -> ServiceCode.of(null)).isInstanceOf(NullPointerException.class).hasMessage("serviceCode");
    }

    @Test
    void serviceCodeParseGivesTypedReasons() {
        assertThat(ServiceCode.parse("HT")).isEqualTo(ParseResult.ok(ServiceCode.of("HT")));
        assertThat(reason(ServiceCode.parse(null))).isEqualTo(ParseResult.Reason.EMPTY);
        assertThat(reason(ServiceCode.parse(""))).isEqualTo(ParseResult.Reason.EMPTY);
        assertThat(reason(ServiceCode.parse("ABCDE"))).isEqualTo(ParseResult.Reason.TOO_LONG);
        assertThat(reason(ServiceCode.parse("hộ"))).isEqualTo(ParseResult.Reason.INVALID_CHARACTER);
    }

    @Test
    void identifiersShareOneRule() {
        assertThat(BranchId.of("CN01").toString()).isEqualTo("CN01");
        assertThat(BranchId.of("hcm.q1_cn-02").value()).isEqualTo("hcm.q1_cn-02");
        assertThat(CounterId.of("3")).isEqualTo(CounterId.parse("3").orElseThrow());
        assertThatThrownBy(() -> BranchId.of("x".repeat(17))).hasMessageStartingWith("branchId:")
                .hasMessageContaining("at most 16");
        assertThatThrownBy(() -> CounterId.of("Quầy 3")).hasMessageStartingWith("counterId:");
        assertThat(reason(CounterId.parse("a/b"))).isEqualTo(ParseResult.Reason.INVALID_CHARACTER);
        assertThat(reason(BranchId.parse(""))).isEqualTo(ParseResult.Reason.EMPTY);
    }

    @Test
    void failureMessagesQuoteInputSafely() {
        ParseResult<CounterId> result = CounterId.parse("a\nb\u0000\"079090012");

        String message = ((ParseResult.Failure<CounterId>) result).message();
        assertThat(message).startsWith("counterId:").doesNotContain("\n", "\u0000", "079090012")
                .contains("a?b??******012");
    }

    @Test
    void orElseThrowUsesTheFailureMessage() {
        assertThatThrownBy(() -> ServiceCode.parse("x").orElseThrow())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("serviceCode:");
        assertThat(ServiceCode.parse("x").toOptional()).isEmpty();
        assertThat(ServiceCode.parse("X").isOk()).isTrue();
    }

    static ParseResult.Reason reason(ParseResult<?> result) {
        assertThat(result).isInstanceOf(ParseResult.Failure.class);
        return ((ParseResult.Failure<?>) result).reason();
    }
}
