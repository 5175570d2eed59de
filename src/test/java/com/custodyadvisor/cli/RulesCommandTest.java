package com.custodyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.support.ShippedRules;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {

    private static final String HEADER = """
            package custody.rules;
            import com.custodyadvisor.profile.*;
            global com.custodyadvisor.engine.Advice advice;
            """;

    private static final String HOT_RULE = HEADER + """
            rule "Any hot wallet"
                @id("T-HOT") @severity("HIGH") @category("TEST") @source("test")
            when
                $w : Wallet( tier == Tier.HOT )
            then
                advice.finding().detail("%s is hot.", $w.label()).evidence($w, "tier").emit();
            end

            rule "Never fires"
                @id("T-NEVER") @severity("LOW") @category("TEST") @source("test")
            when
                Firm( name == "nobody" )
            then
                advice.finding().detail("never").emit();
            end
            """;

    @Test
    void validateAcceptsTheShippedRulesAndCatalogue() {
        CliRunner.Result r = CliRunner.run("rules", "validate");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("OK: ").contains("34 parameters, 12 regimes, 10 providers");
    }

    @Test
    void validateReportsEveryProblemInRulesAndCatalogue(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("a.drl"), HEADER + """
                rule "Typo"
                    @id("T-A") @severity("HIGH") @category("TEST") @source("test")
                when
                    Wallet( tierr == Tier.HOT )
                then
                end
                """);
        Files.writeString(rules.resolve("b.drl"), HEADER + """
                rule "No metadata"
                when
                    Firm()
                then
                end

                rule "Unknown parameter"
                    @id("T-P") @severity("HIGH") @category("TEST") @source("test")
                when
                    com.custodyadvisor.parameters.Parameters( $x : usd("no-such-parameter") )
                then
                end
                """);
        Path data = ShippedRules.copyData(dir.resolve("data"));
        Files.writeString(data.resolve("providers.yaml"), "providers:\n  - id: x\n");
        CliRunner.Result r = CliRunner.run("rules", "validate", rules.toString(), "--data", data.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).containsPattern("a\\.drl:7:\\d+: .*tierr")
                .contains("providers.yaml:2:5: /providers/0/name: entry 1 (x): is required")
                .containsPattern("b\\.drl:13:\\d+: rule \"Unknown parameter\" names parameter \"no-such-parameter\"")
                .contains("problems found");
    }

    @Test
    void testRunsScenariosAndReportsExpectedAgainstActual(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("hot.drl"), HOT_RULE);
        Path tests = Files.createDirectories(rules.resolve("tests"));
        Files.writeString(tests.resolve("hot.yaml"), """
                name: a hot wallet is flagged
                profile:
                  firm: {name: A, type: EXCHANGE, domicile: US}
                  holdings: {aumUsd: 10}
                  wallets: [{tier: HOT, valueUsd: 10}]
                expect:
                  findings: [T-HOT]
                ---
                name: a cold wallet is flagged too (wrong on purpose)
                profile:
                  firm: {name: A, type: EXCHANGE, domicile: US}
                  holdings: {aumUsd: 10}
                  wallets: [{tier: COLD, valueUsd: 10}]
                expect:
                  findings: [T-HOT]
                  verdict: NEEDS_WORK
                """);
        Path junit = dir.resolve("out/junit.xml");
        CliRunner.Result r = CliRunner.run("rules", "test", rules.toString(), "--coverage", "--junit", junit.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL " + tests.resolve("hot.yaml") + ":9 (a cold wallet is flagged too")
                .contains("expected finding T-HOT, but it is not in the advisory (findings: none)")
                .contains("expected verdict NEEDS_WORK, but it is READY")
                .contains("1 passed, 1 failed")
                .contains("coverage: 1 of 2 rules fired by some scenario")
                .contains("not fired: T-NEVER  Never fires (hot.drl:12)");
        String xml = Files.readString(junit);
        assertThat(xml).contains("<testsuites tests=\"2\" failures=\"1\">").contains("name=\"a hot wallet is flagged\"")
                .contains("<failure message=\"expected finding T-HOT");
    }

    @Test
    void testPassesWhenEveryScenarioPasses(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("hot.drl"), HOT_RULE);
        Files.createDirectories(rules.resolve("tests"));
        Files.writeString(rules.resolve("tests/hot.yaml"), """
                name: quiet for cold
                profile: {firm: {name: A, type: EXCHANGE, domicile: US}, holdings: {aumUsd: 1}}
                patch: {wallets: [{tier: COLD, valueUsd: 1}]}
                expect: {absent: [T-HOT], notFired: [T-NEVER], verdict: READY}
                """);
        CliRunner.Result r = CliRunner.run("rules", "test", rules.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("1 passed, 0 failed");
    }

    @Test
    void aScenarioNamingAnUnknownRuleFails(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("hot.drl"), HOT_RULE);
        Files.createDirectories(rules.resolve("tests"));
        Files.writeString(rules.resolve("tests/typo.yaml"), """
                name: misspelt id
                profile: {firm: {name: A, type: EXCHANGE, domicile: US}, holdings: {aumUsd: 1}}
                expect: {absent: [T-HOTT]}
                """);
        CliRunner.Result r = CliRunner.run("rules", "test", rules.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("the scenario names T-HOTT, which no rule has");
    }

    @Test
    void aMalformedScenarioFileSaysWhere(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("hot.drl"), HOT_RULE);
        Files.createDirectories(rules.resolve("tests"));
        Files.writeString(rules.resolve("tests/bad.yaml"), """
                name: fine
                profile: {firm: {name: A, type: EXCHANGE, domicile: US}, holdings: {aumUsd: 1}}
                expect: {absent: [T-HOT]}
                ---
                name: unknown key
                profile: {firm: {name: A, type: EXCHANGE, domicile: US}, holdings: {aumUsd: 1}}
                expect: {finding: [T-HOT]}
                """);
        CliRunner.Result r = CliRunner.run("rules", "test", rules.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("bad.yaml:5 (unknown key)").contains("line 7").contains("/expect/finding")
                .contains("1 passed, 1 failed");
    }

    @Test
    void docsWritesTheCatalogue(@TempDir Path dir) {
        Path out = dir.resolve("rules.md");
        CliRunner.Result r = CliRunner.run("rules", "docs", "--out", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(out).content().startsWith("# Rule catalogue").contains("`RF-CYBER-ONLY`");
    }
}
