package com.custodyadvisor.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts read exactly as the "#,##0.##" pattern writes them, whole or not. */
class MoneyTest {

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.0, 1, 12, 999, 1_000, 9_999, 12_345, 100_000, 999_999, 1_000_000, 50_000_000,
        123_456_789, 2_500_000_000.0, -1, -1_000, -2_500_000, 0.5, 1_234.567, 0.004, -0.001, 1e14, 999_999_999_999_999.0,
        1e15, 1e20, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Long.MAX_VALUE})
    void usdReadsAsThePatternWritesIt(double amount) {
        String pattern = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
        assertThat(Money.usd(amount)).isEqualTo(pattern + " USD");
    }
}
