package com.custodyadvisor.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.custodyadvisor.support.ShippedRules;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParametersLoaderTest {

    @Test
    void theShippedParametersLoadWithTheirUnits() throws Exception {
        Parameters p = ParametersLoader.load(ShippedRules.DATA);
        assertThat(p.usd("carrier-line-usd")).isEqualTo(200_000_000L);
        assertThat(p.ratio("hot-share-ceiling")).isEqualTo(0.02);
        assertThat(p.count("key-locations-min")).isEqualTo(2);
        assertThat(p.level("warm-hsm-fips-level")).isEqualTo(3);
        assertThat(p.all()).allSatisfy(x -> {
            assertThat(x.meaning()).isNotBlank();
            assertThat(x.source()).isNotBlank();
        });
        assertThat(p.version()).hasSize(64);
    }

    @Test
    void readingAParameterInAnotherUnitOrByAnUnknownNameFails() throws Exception {
        Parameters p = ParametersLoader.load(ShippedRules.DATA);
        assertThatThrownBy(() -> p.ratio("carrier-line-usd")).hasMessageContaining("is in USD, not RATIO");
        assertThatThrownBy(() -> p.usd("towr-aum")).hasMessageContaining("no parameter \"towr-aum\"");
    }

    @Test
    void everyProblemOfTheFileIsReportedWithItsLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("parameters.yaml"), """
                parameters:
                  - name: tower-aum
                    value: 1000000000
                    unit: USD
                    meaning: m
                    source: s
                  - name: tower-aum
                    value: 0.5
                    unit: USD
                    meaning: m
                    source: s
                  - name: hot-share
                    unit: SHARE
                    meaning: m
                    source: s
                    comment: unknown field
                """);
        ParametersException e = catchThrowableOfType(ParametersException.class, () -> ParametersLoader.load(dir));
        assertThat(e.file()).isEqualTo(dir.resolve("parameters.yaml"));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("/parameters/1/name");
            assertThat(p.message()).contains("duplicate name \"tower-aum\"");
            assertThat(p.line()).isEqualTo(7);
        });
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.path()).isEqualTo("/parameters/1/value"));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("/parameters/2/value");
            assertThat(p.message()).contains("required");
        });
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("/parameters/2/unit");
            assertThat(p.line()).isEqualTo(13);
        });
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.path()).startsWith("/parameters/2"));
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isNotNull());
    }

    @Test
    void aMissingFileSaysWhereItWasLookedFor(@TempDir Path dir) {
        ParametersException e = catchThrowableOfType(ParametersException.class, () -> ParametersLoader.load(dir));
        assertThat(e.getMessage()).contains("parameters.yaml").contains("file not found");
    }
}
