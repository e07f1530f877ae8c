package vn.motcua.core.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void growsExponentiallyUpToTheCap() {
        Backoff b = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), 2.0, 0.0);
        assertThat(b.delay(0, () -> 0.5)).isEqualTo(Duration.ofMillis(100));
        assertThat(b.delay(1, () -> 0.5)).isEqualTo(Duration.ofMillis(200));
        assertThat(b.delay(4, () -> 0.5)).isEqualTo(Duration.ofMillis(1600));
        assertThat(b.delay(5, () -> 0.5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(b.delay(1000, () -> 0.5)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void jitterSpreadsWithinItsBounds() {
        Backoff b = new Backoff(Duration.ofMillis(1000), Duration.ofSeconds(1), 2.0, 0.2);
        assertThat(b.delay(0, () -> 0.0)).isEqualTo(Duration.ofMillis(800));
        assertThat(b.delay(0, () -> 0.5)).isEqualTo(Duration.ofMillis(1000));
        assertThat(b.delay(0, () -> 0.9999999)).isBetween(Duration.ofMillis(1199), Duration.ofMillis(1200));
    }

    @Test
    void validatesEachField() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 2, 0)).hasMessageContaining("initial");
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 2, 0)).hasMessageContaining("max");
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0.5, 0)).hasMessageContaining("multiplier");
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 2, 1.5)).hasMessageContaining("jitter");
    }
}
