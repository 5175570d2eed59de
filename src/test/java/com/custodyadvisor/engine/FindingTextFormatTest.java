package com.custodyadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Finding texts read exactly as {@link String#format} writes them, whichever way they are worked out. */
class FindingTextFormatTest {

    static List<Arguments> patterns() {
        return List.of(
                Arguments.of("HOT wallets hold %s of %s.", new Object[] {"2,000,000 USD", "5,000,000 USD"}),
                Arguments.of("%s", new Object[] {null}),
                Arguments.of("%d of %d wallets, %s", new Object[] {3, 12L, List.of("a", "b")}),
                Arguments.of("%d days", new Object[] {-7}),
                Arguments.of("only the first: %s", new Object[] {"one", "two"}),
                Arguments.of("no figures at all", new Object[] {"ignored"}),
                Arguments.of("ends with a figure %s", new Object[] {1.5}),
                Arguments.of("100%% of %s", new Object[] {"it"}),
                Arguments.of("%,d USD", new Object[] {1_000_000L}),
                Arguments.of("%5s|%-4d|", new Object[] {"ab", 7}),
                Arguments.of("%.1f%%", new Object[] {12.345}),
                Arguments.of("%d%d", new Object[] {1, Long.MIN_VALUE}),
                Arguments.of("%S loud", new Object[] {"quiet"}));
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void readsAsTheFormatterWritesIt(String pattern, Object[] args) {
        assertThat(FindingBuilder.format(pattern, args)).isEqualTo(String.format(Locale.ROOT, pattern, args));
    }

    @Test
    void aFigureMissingOrOfTheWrongKindFailsAsTheFormatterDoes() {
        assertThatThrownBy(() -> FindingBuilder.format("%s and %s", "one")).isInstanceOf(IllegalFormatException.class);
        assertThatThrownBy(() -> FindingBuilder.format("%d wallets", "three"))
                .isInstanceOf(IllegalFormatException.class);
    }

    @Test
    void withoutFiguresThePatternIsTheText() {
        assertThat(FindingBuilder.format("50%% and %s, as written")).isEqualTo("50%% and %s, as written");
    }
}
