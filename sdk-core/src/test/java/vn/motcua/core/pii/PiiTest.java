package vn.motcua.core.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PiiTest {

    @Test
    void citizenIdKeepsLastFourOfCccdAndLastThreeOfCmnd() {
        assertThat(Pii.maskCitizenId("079090012345")).isEqualTo("********2345");
        assertThat(Pii.maskCitizenId("123456789")).isEqualTo("******789");
        assertThat(Pii.maskCitizenId("079 090 012 345")).isEqualTo("********2345");
        assertThat(Pii.maskCitizenId("079-090-012-345")).isEqualTo("********2345");
    }

    @Test
    void citizenIdOfAnyOtherShapeIsMaskedEntirely() {
        assertThat(Pii.maskCitizenId("0790900123")).isEqualTo("**********");
        assertThat(Pii.maskCitizenId("07909001234X")).isEqualTo("************");
        assertThat(Pii.maskCitizenId("０７９０９００１２３４５")).isEqualTo("************");
        assertThat(Pii.maskCitizenId("")).isEmpty();
        assertThat(Pii.maskCitizenId(null)).isNull();
    }

    @Test
    void nameKeepsTheFirstLetterOfEachWord() {
        assertThat(Pii.maskName("Nguyễn Văn An")).isEqualTo("N***** V** A*");
        assertThat(Pii.maskName("Đặng Thị Ánh Tuyết")).isEqualTo("Đ*** T** Á** T****");
        assertThat(Pii.maskName("Ông")).isEqualTo("Ô**");
        assertThat(Pii.maskName("  Lê\tMinh  ")).isEqualTo("  L*\tM***  ");
    }

    @Test
    void nameWithCombiningMarksMasksLikeItsPrecomposedForm() {
        String decomposed = "Nguye\u0302\u0303n Va\u0306n An";
        String precomposed = "Nguyễn Văn An";

        assertThat(Pii.maskName(decomposed)).isEqualTo(Pii.maskName(precomposed)).isEqualTo("N***** V** A*");
        // A first letter with a mark that has no precomposed form stays one user-perceived character.
        assertThat(Pii.maskName("A\u0308\u0301nh")).isEqualTo("\u00C4\u0301**");
        assertThat(Pii.maskName("\u0301x")).isEqualTo("\u0301*");
    }

    @Test
    void nameOddInputs() {
        assertThat(Pii.maskName(null)).isNull();
        assertThat(Pii.maskName("")).isEmpty();
        assertThat(Pii.maskName("   ")).isEqualTo("   ");
        assertThat(Pii.maskName("Trần\u00A0Hưng")).isEqualTo("T***\u00A0H***");
        assertThat(Pii.maskName("\uD835\uDC00\uD835\uDC01")).isEqualTo("\uD835\uDC00*");
    }

    @Test
    void birthDateToYearOrFully() {
        LocalDate date = LocalDate.of(1990, 1, 31);

        assertThat(Pii.maskBirthDateToYear(date)).isEqualTo("**/**/1990");
        assertThat(Pii.maskBirthDateToYear(LocalDate.of(905, 1, 1))).isEqualTo("**/**/0905");
        assertThat(Pii.maskBirthDateFully(date)).isEqualTo("**/**/****");
        assertThat(Pii.maskBirthDateToYear(null)).isNull();
        assertThat(Pii.maskBirthDateFully(null)).isNull();
    }

    @Test
    void phoneKeepsLastThreeDigitsAndSeparators() {
        assertThat(Pii.maskPhone("0912345678")).isEqualTo("*******678");
        assertThat(Pii.maskPhone("+84 912 345 678")).isEqualTo("+** *** *** 678");
        assertThat(Pii.maskPhone("(028) 3829-6000")).isEqualTo("(***) ****-*000");
        assertThat(Pii.maskPhone("12345")).isEqualTo("*****");
        assertThat(Pii.maskPhone("09x2345678")).isEqualTo("**********");
        assertThat(Pii.maskPhone("")).isEmpty();
        assertThat(Pii.maskPhone(null)).isNull();
    }

    @Test
    void freeTextMasksOnlyNineAndTwelveDigitRuns() {
        String log = "scan 079090012345|123456789|Nguyễn Văn An|01011990 at counter 3, ref 1234567890";

        assertThat(Pii.maskCitizenIdsIn(log))
                .isEqualTo("scan ********2345|******789|Nguyễn Văn An|01011990 at counter 3, ref 1234567890");
        assertThat(Pii.maskCitizenIdsIn("CCCD079090012345.")).isEqualTo("CCCD********2345.");
        assertThat(Pii.maskCitizenIdsIn("0790900123456")).isEqualTo("0790900123456");
        assertThat(Pii.maskCitizenIdsIn("12345678")).isEqualTo("12345678");
    }

    @Test
    void freeTextOddInputs() {
        String nothing = "no numbers here";

        assertThat(Pii.maskCitizenIdsIn(nothing)).isSameAs(nothing);
        assertThat(Pii.maskCitizenIdsIn(null)).isNull();
        assertThat(Pii.maskCitizenIdsIn("")).isEmpty();
        assertThat(Pii.maskCitizenIdsIn("079090012345")).isEqualTo("********2345");
        assertThat(Pii.maskCitizenIdsIn("id ٠٧٩٠٩٠٠١٢٣٤٥ end")).isEqualTo("id ********٢٣٤٥ end");
        assertThat(Pii.maskCitizenIdsIn("\uD83D\uDE00123456789\uD83D\uDE00")).isEqualTo("\uD83D\uDE00******789\uD83D\uDE00");
    }
}
