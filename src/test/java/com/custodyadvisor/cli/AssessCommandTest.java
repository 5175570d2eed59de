package com.custodyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.report.AdvisoryJson;
import com.custodyadvisor.support.ShippedRules;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class AssessCommandTest {

    @Test
    void aWellRunCustodianExitsZeroWithAReadyVerdict() {
        CliRunner.Result r = CliRunner.run("assess", "data/examples/qualified-custodian.yaml");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Verdict: READY").contains("Evertas, fit").contains("Lead insurer / carrier");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aHighFindingExitsOne() {
        CliRunner.Result r = CliRunner.run("assess", "data/examples/large-exchange.yaml");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("Verdict: NEEDS_WORK").contains("HIGH (3)")
                .contains("HOT wallets hold 400,000,000 USD").contains("Broker: ");
    }

    @Test
    void failOnSetsTheSeverityThatFails() {
        assertThat(CliRunner.run("assess", "data/examples/large-exchange.yaml", "--fail-on", "CRITICAL").exitCode())
                .isZero();
        assertThat(CliRunner.run("assess", "data/examples/qualified-custodian.yaml", "--fail-on", "low").exitCode())
                .isZero();
        assertThat(CliRunner.run("assess", "data/examples/apac-custodian.yaml", "--fail-on", "LOW").exitCode())
                .isEqualTo(1);
    }

    @Test
    void jsonIsExactlyTheAdvisoryBody() throws Exception {
        CliRunner.Result r = CliRunner.run("assess", "data/examples/apac-custodian.yaml", "--format", "json");
        String expected = AdvisoryJson.render(ShippedRules.advisor().advise(ShippedRules.example("apac-custodian.yaml")));
        assertThat(r.out()).isEqualTo(expected);
        JsonNode json = Mappers.JSON.readTree(r.out());
        assertThat(json.path("summary").path("verdict").asString()).isEqualTo("NEEDS_WORK");
        assertThat(json.path("providers").get(0).path("id").asString()).isEqualTo("canopius");
        assertThat(json.path("findings").get(0).has("explanations")).isFalse();
    }

    @Test
    void explainAddsTheRuleAndItsFacts() throws Exception {
        CliRunner.Result r = CliRunner.run("assess", "data/examples/apac-custodian.yaml", "--format", "json",
                "--explain");
        JsonNode first = Mappers.JSON.readTree(r.out()).path("findings").get(0);
        assertThat(first.path("explanations").get(0).path("file").asString()).endsWith(".drl");
        assertThat(first.path("explanations").get(0).path("line").asInt()).isPositive();
    }

    @Test
    void markdownIsAReportForABroker() {
        CliRunner.Result r = CliRunner.run("assess", "data/examples/cyber-only.yaml", "--format", "markdown");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).startsWith("# Custody insurance readiness: Quickvault Custody LLC")
                .contains("| **Verdict** | **NOT_READY** |").contains("### CRITICAL")
                .contains("#### RF-CYBER-ONLY").contains("## Providers that fit").contains("- **Source:**");
    }

    @Test
    void anInvalidProfileExitsTwoWithEveryProblemOnStderrAndNothingOnStdout(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "firm:\n  name: X\n  type: BANKK\n  domicile: US\nholdings:\n  aumUsd: -1\n");
        CliRunner.Result r = CliRunner.run("assess", bad.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(bad + ":3:3: /firm/type: unknown value \"BANKK\"; allowed:")
                .contains(bad + ":6:3: /holdings/aumUsd: must be >= 0 (is -1)").doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "wallets: {a: {tier: HOT, valueUsd: 1}}|/wallets: must be a list",
            "insurance: {policies: {a: {line: CRIME, limitUsd: 1}}}|/insurance/policies: must be a list",
            "wallets: [{tier: HOT, valueUsd: 1, threshold: 1.0e300, keyShares: 2}]|/wallets/0/threshold: is far above",
            "wallets: [{tier: HOT, valueUsd: 1, threshold: 18446744073709551617, keyShares: 9223372036854775808}]"
                    + "|/wallets/0/threshold: is far above"})
    void inputsThatOnceCrashedExitTwoWithFileLineColumnAndPointer(String section, String expected,
                                                                 @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "firm: {name: X, type: EXCHANGE, domicile: US}\nholdings: {aumUsd: 1}\n" + section + "\n");

        CliRunner.Result r = CliRunner.run("assess", bad.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).containsPattern(java.util.regex.Pattern.quote(bad.toString()) + ":3:\\d+: "
                + java.util.regex.Pattern.quote(expected));
        assertThat(r.err()).doesNotContain("Exception", "\tat ", "java.");
    }

    @Test
    void aWaiverIdOfKilobytesExitsTwoWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("long-id.yaml");
        Files.writeString(bad, "firm: {name: X, type: EXCHANGE, domicile: US}\nholdings: {aumUsd: 1}\n"
                + "waivers: [{id: " + "A-B".repeat(1_850) + ", reason: r}]\n");

        CliRunner.Result r = CliRunner.run("assess", bad.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":3:").contains("/waivers/0/id: must be at most 100 characters long")
                .doesNotContain("Exception", "\tat ", "StackOverflow");
        assertThat(r.err().length()).isLessThan(2_000);
    }

    @Test
    void hundredsOfMegabytesOnStandardInputAreRefusedWithoutReadingThemAll() {
        InputStream stdin = System.in;
        long[] read = {0};
        long size = 300L * 1024 * 1024;
        System.setIn(new InputStream() {
            @Override
            public int read() {
                return read[0]++ < size ? 'a' : -1;
            }
        });
        try {
            CliRunner.Result r = CliRunner.run("assess", "-");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("<stdin>:1:1: the profile is larger than 262144 bytes (--max-input)");
            assertThat(read[0]).isLessThan(1024 * 1024);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void problemsAreCappedAtAHundredWithTheTotal(@TempDir Path dir) throws Exception {
        StringBuilder yaml = new StringBuilder("firm: {name: X, type: EXCHANGE, domicile: US}\nholdings: {aumUsd: 1}\n"
                + "wallets:\n");
        for (int i = 0; i < 300; i++) {
            yaml.append("  - {tier: WARM, valueUsd: -1}\n");
        }
        Path bad = dir.resolve("many.yaml");
        Files.writeString(bad, yaml);

        CliRunner.Result r = CliRunner.run("assess", bad.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines().filter(l -> l.startsWith(bad + ":") && l.contains("/wallets/"))).hasSize(100);
        assertThat(r.err()).contains(bad + ": 200 more problems not shown (truncated: the first 100 of 300)");
    }

    @Test
    void aProfileThatContradictsItselfExitsTwoWithFileLineColumnPointerAndFigures(@TempDir Path dir)
            throws Exception {
        Path contradictory = dir.resolve("contradictory.yaml");
        Files.writeString(contradictory, """
                firm: {name: X, type: EXCHANGE, domicile: JP}
                holdings:
                  aumUsd: 100000000
                  clientAssetsUsd: 150000000
                activities:
                  staking: false
                  stakedUsd: 2000000
                """);
        CliRunner.Result r = CliRunner.run("assess", contradictory.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(contradictory + ":4:3: /holdings/clientAssetsUsd: clientAssetsUsd 150,000,000 USD"
                        + " is above aumUsd 100,000,000 USD: client assets are part of everything held")
                .contains(contradictory + ":7:3: /activities/stakedUsd: stakedUsd is 2,000,000 USD while staking is"
                        + " false");
    }

    @Test
    void aMissingFileExitsTwo() {
        CliRunner.Result r = CliRunner.run("assess", "no/such/profile.yaml");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no/such/profile.yaml: no such file");
    }

    @Test
    void aBrokenRuleFileExitsTwoWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.drl"), """
                package custody.rules;
                import com.custodyadvisor.profile.*;
                rule "Broken"
                    @id("T-BROKEN") @severity("HIGH") @category("TEST") @source("test")
                when
                    Firm( nmae == "x" )
                then
                end
                """);
        CliRunner.Result r = CliRunner.run("assess", "data/examples/cyber-only.yaml", "--rules", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).containsPattern("broken\\.drl:6:\\d+: .*nmae");
    }

    @Test
    void aBrokenCatalogueExitsTwoNamingTheFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("providers.yaml"), "providers: []\n");
        CliRunner.Result r = CliRunner.run("assess", "data/examples/cyber-only.yaml", "--data", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(dir.resolve("providers.yaml").toString());
    }

    @Test
    void anUnknownFormatIsAUsageErrorExitingTwo() {
        CliRunner.Result r = CliRunner.run("assess", "data/examples/cyber-only.yaml", "--format", "pdf");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("pdf");
    }
}
