package vn.motcua.core.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Serializable;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.slf4j.helpers.MessageFormatter;

class SensitiveTest {

    @Test
    void toStringConcatenationAndLogFormattingShowOnlyTheMask() {
        Sensitive<String> id = Sensitive.citizenId("079090012345");
        Sensitive<String> name = Sensitive.name("Nguyễn Văn An");

        assertThat(id.toString()).isEqualTo("********2345");
        assertThat("citizen " + id + " " + name).isEqualTo("citizen ********2345 N***** V** A*");
        assertThat(MessageFormatter.arrayFormat("{} {}", new Object[] {id, name}).getMessage())
                .doesNotContain("079090012345", "Nguyễn");
        assertThat(String.format("%s", id)).isEqualTo("********2345");
    }

    @Test
    void revealGivesTheRawValueOnlyWithAPurpose() {
        Sensitive<String> phone = Sensitive.phone("0912345678");

        assertThat(phone.reveal("call back about dossier")).isEqualTo("0912345678");
        assertThatThrownBy(() -> phone.reveal(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("purpose:");
        assertThatThrownBy(() -> phone.reveal(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void birthDateAndCustomMaskers() {
        Sensitive<LocalDate> born = Sensitive.birthDate(LocalDate.of(1990, 1, 31));
        Sensitive<Integer> custom = Sensitive.of(42, v -> "<" + "#".repeat(String.valueOf(v).length()) + ">");

        assertThat(born.masked()).isEqualTo("**/**/1990");
        assertThat(born.reveal("age check")).isEqualTo(LocalDate.of(1990, 1, 31));
        assertThat(custom.toString()).isEqualTo("<##>");
    }

    @Test
    void aFailingMaskerNeverLeaksTheValue() {
        Sensitive<String> throwing = Sensitive.of("079090012345", v -> {
            throw new IllegalStateException(v);
        });
        Sensitive<String> returningNull = Sensitive.of("079090012345", v -> null);

        assertThat(throwing.toString()).isEqualTo("***");
        assertThat(returningNull.toString()).isEqualTo("***");
    }

    @Test
    void equalityIsByRawValueAndNullIsRejected() {
        assertThat(Sensitive.citizenId("079090012345")).isEqualTo(Sensitive.citizenId("079090012345"))
                .hasSameHashCodeAs(Sensitive.citizenId("079090012345"))
                .isNotEqualTo(Sensitive.citizenId("079090012346"));
        assertThatThrownBy(() -> Sensitive.name(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
    }

    @Test
    void isNotSerializable() {
        assertThat(Serializable.class.isAssignableFrom(Sensitive.class)).isFalse();
    }
}
