package vn.motcua.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PriorityClassTest {

    @Test
    void everyClassHasADistinctVietnameseLabelInNfc() {
        assertThat(Arrays.stream(PriorityClass.values()).map(PriorityClass::label)).doesNotHaveDuplicates()
                .allSatisfy(label -> assertThat(Normalizer.isNormalized(label, Normalizer.Form.NFC)).isTrue());
        assertThat(PriorityClass.ELDERLY.label()).isEqualTo("Người cao tuổi");
    }

    @Test
    void onlyNormalAsksForNoPrecedence() {
        assertThat(Arrays.stream(PriorityClass.values()).filter(p -> !p.isPriority()))
                .containsExactly(PriorityClass.NORMAL);
    }
}
