package vn.motcua.core.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.motcua.core.ErrorHandler;

class ConfigTest {

    @Test
    void buttonDefaultsSuitAButtonWiredToGround() {
        ButtonConfig config = ButtonConfig.builder(17).build();

        assertThat(config.pin()).isEqualTo(17);
        assertThat(config.name()).isEqualTo("button-17");
        assertThat(config.pull()).isEqualTo(Pull.UP);
        assertThat(config.activeLevel()).isEqualTo(ActiveLevel.LOW);
        assertThat(config.debounce()).isEqualTo(Duration.ofMillis(30));
        assertThat(config.longPress()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void buttonConfigNamesTheInvalidField() {
        assertThatThrownBy(() -> ButtonConfig.builder(-1).build()).hasMessageStartingWith("pin:");
        assertThatThrownBy(() -> ButtonConfig.builder(58).build()).hasMessageStartingWith("pin:");
        assertThatThrownBy(() -> ButtonConfig.builder(17).name(" ").build()).hasMessageStartingWith("name:");
        assertThatThrownBy(() -> ButtonConfig.builder(17).name("x".repeat(65)).build())
                .hasMessageStartingWith("name:");
        assertThatThrownBy(() -> ButtonConfig.builder(17).pull(null).build()).hasMessageStartingWith("pull:");
        assertThatThrownBy(() -> ButtonConfig.builder(17).activeLevel(null).build())
                .hasMessageStartingWith("activeLevel:");
        assertThatThrownBy(() -> ButtonConfig.builder(17).debounce(Duration.ofMillis(-1)).build())
                .hasMessageStartingWith("debounce:");
        assertThatThrownBy(() -> ButtonConfig.builder(17).debounce(Duration.ofSeconds(30)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("debounce:");
        assertThatThrownBy(() -> ButtonConfig.builder(17).debounce(Duration.ofMillis(50))
                .longPress(Duration.ofMillis(50)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("longPress:");
    }

    @Test
    void buttonAcceptsTheEdgesOfItsRanges() {
        assertThat(ButtonConfig.builder(0).debounce(Duration.ZERO).build().debounce()).isZero();
        assertThat(ButtonConfig.builder(57).debounce(ButtonConfig.MAX_DEBOUNCE)
                .longPress(Duration.ofSeconds(3)).build().pin()).isEqualTo(57);
    }

    @Test
    void lampDefaultsAndValidation() {
        LampConfig config = LampConfig.builder(18).build();
        assertThat(config.name()).isEqualTo("lamp-18");
        assertThat(config.activeLevel()).isEqualTo(ActiveLevel.HIGH);

        assertThatThrownBy(() -> LampConfig.builder(99).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("pin:");
        assertThatThrownBy(() -> LampConfig.builder(18).name("").build()).hasMessageStartingWith("name:");
        assertThatThrownBy(() -> LampConfig.builder(18).activeLevel(null).build())
                .hasMessageStartingWith("activeLevel:");
    }

    @Test
    void activeLevelMapsPinLevels() {
        assertThat(ActiveLevel.LOW.isActive(false)).isTrue();
        assertThat(ActiveLevel.LOW.isActive(true)).isFalse();
        assertThat(ActiveLevel.HIGH.isActive(true)).isTrue();
        assertThat(ActiveLevel.HIGH.activeHigh()).isTrue();
        assertThat(ActiveLevel.LOW.activeHigh()).isFalse();
    }

    @Test
    void buttonEventRejectsANegativeHoldTime() {
        assertThatThrownBy(() -> new ButtonEvent("b", ButtonEvent.Type.CLICK, Instant.EPOCH, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("held:");
    }

    @Test
    void optionsFillUnsetFieldsWithDefaults() {
        Clock clock = Clock.fixed(Instant.EPOCH, java.time.ZoneOffset.UTC);
        ErrorHandler handler = (source, error) -> { };

        GpioOptions options = GpioOptions.builder().clock(clock).errorHandler(handler).build();

        assertThat(options.clock()).isSameAs(clock);
        assertThat(options.errorHandler()).isSameAs(handler);
        assertThat(options.threadFactory().newThread(() -> { }).isDaemon()).isTrue();
        assertThat(GpioOptions.defaults().errorHandler()).isSameAs(ErrorHandler.logging());
    }
}
