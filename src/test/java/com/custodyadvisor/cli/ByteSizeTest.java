package com.custodyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class ByteSizeTest {

    @ParameterizedTest
    @CsvSource({"262144, 262144", "256KiB, 262144", "256kib, 262144", "256 KiB, 262144", "256k, 262144",
            "1MiB, 1048576", "1M, 1048576", "500KB, 500000", "1MB, 1000000", "10b, 10", "1GiB, 1073741824"})
    void readsBytesAndUnits(String text, long bytes) {
        assertThat(new ByteSize().convert(text)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "0KiB", "-1", "KiB", "12 parsecs", "1.5MiB", "99999999999999", "999999999999GiB"})
    void refusesWhatIsNotASize(String text) {
        assertThatThrownBy(() -> new ByteSize().convert(text)).isInstanceOf(TypeConversionException.class);
    }
}
