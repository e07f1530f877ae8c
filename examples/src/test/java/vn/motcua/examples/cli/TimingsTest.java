package vn.motcua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimingsTest {

    @Test
    void millisKeepsFewerDecimalsAsDurationsGrow() {
        assertThat(Timings.millis(120_000)).isEqualTo("0.120 ms");
        assertThat(Timings.millis(12_340_000)).isEqualTo("12.3 ms");
        assertThat(Timings.millis(1_234_000_000)).isEqualTo("1234 ms");
    }

    @Test
    void summaryOfAnEvenCountTakesTheMeanOfTheMiddleTwo() {
        Timings t = Timings.of(new long[] {400, 100, 300, 200});
        assertThat(t).isEqualTo(new Timings(4, 100, 250, 400));
        assertThat(Timings.of(new long[0])).isEqualTo(new Timings(0, 0, 0, 0));
    }
}
