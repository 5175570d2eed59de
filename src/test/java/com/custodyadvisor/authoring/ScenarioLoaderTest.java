package com.custodyadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenarios that say only what differs: named bases, JSON Patch operations, fixture values, test catalogues. */
class ScenarioLoaderTest {

    private static final String FIXTURES = """
            profiles:
              small:
                profile:
                  firm: {name: Small, type: EXCHANGE, domicile: US}
                  holdings: {aumUsd: 1000}
                  wallets:
                    - {name: cold, tier: COLD, valueUsd: 900}
                    - {name: hot, tier: HOT, valueUsd: 100}
              small-hot:
                base: small
                patch:
                  - {op: replace, path: /wallets/0/tier, value: HOT}
              loop-a: {base: loop-b}
              loop-b: {base: loop-a}
            values:
              cyber: {line: CYBER, limitUsd: 5000}
            catalogues:
              breach-us:
                catalogue: %s
                patch:
                  - {op: test, path: /providers/8/id, value: breach}
                  - {op: replace, path: /providers/8/regions, value: [US]}
            """;

    @Test
    void aScenarioStartsFromANamedBaseAndPatchesListItemsByPointer(@TempDir Path dir) throws Exception {
        write(dir, """
                name: adds a named policy and changes a wallet
                base: small-hot
                catalogue: breach-us
                patch:
                  - {op: add, path: /insurance, value: {policies: []}}
                  - {op: add, path: /insurance/policies/-, fixture: cyber}
                  - {op: replace, path: /wallets/1/valueUsd, value: 50}
                expect: {}
                ---
                name: merge patches still work
                base: small
                patch: {holdings: {aumUsd: 2000}}
                expect: {}
                """);
        List<Scenario> scenarios = ScenarioLoader.loadAll(dir);
        Scenario first = scenarios.get(0);
        assertThat(first.loadError()).isNull();
        assertThat(first.profile().at("/wallets/0/tier").asString()).isEqualTo("HOT");
        assertThat(first.profile().at("/wallets/1/valueUsd").asLong()).isEqualTo(50);
        assertThat(first.profile().at("/insurance/policies/0/line").asString()).isEqualTo("CYBER");
        assertThat(first.catalog().find("breach").orElseThrow().regions()).extracting(Enum::name).containsExactly("US");
        assertThat(first.catalog().find("evertas")).isPresent();
        assertThat(scenarios.get(1).profile().at("/holdings/aumUsd").asLong()).isEqualTo(2000);
        assertThat(scenarios.get(1).profile().at("/wallets/0/tier").asString()).as("bases are not changed by use")
                .isEqualTo("COLD");
    }

    @Test
    void aPatchThatCannotApplyIsReportedAtItsLine(@TempDir Path dir) throws Exception {
        write(dir, """
                name: replaces a wallet that is not there
                base: small
                patch:
                  - {op: test, path: /wallets/0/name, value: cold}
                  - {op: replace, path: /wallets/7/tier, value: HOT}
                expect: {}
                ---
                name: names a value no fixture has
                base: small
                patch:
                  - {op: add, path: /wallets/-, fixture: warm-wallet}
                expect: {}
                ---
                name: names an unknown base
                base: large
                expect: {}
                ---
                name: bases that refer to each other
                base: loop-a
                expect: {}
                """);
        List<Scenario> scenarios = ScenarioLoader.loadAll(dir);
        assertThat(scenarios.get(0).loadError()).isEqualTo("line 5: /patch/1: replace /wallets/7/tier: no such location "
                + "(\"7\" is not an index up to 1)");
        assertThat(scenarios.get(1).loadError()).startsWith("line 11: /patch/0/fixture: no value \"warm-wallet\" in ")
                .endsWith("(known: cyber)");
        assertThat(scenarios.get(2).loadError()).contains("no profile \"large\"").contains("known: small, small-hot");
        assertThat(scenarios.get(3).loadError()).contains("in a circle: loop-a -> loop-b -> loop-a");
    }

    private static void write(Path dir, String scenarios) throws Exception {
        Path catalogue = Path.of("data/providers.yaml").toAbsolutePath();
        Files.writeString(dir.resolve("fixtures.yaml"), FIXTURES.formatted(catalogue));
        Files.writeString(dir.resolve("scenarios.yaml"), scenarios);
    }
}
