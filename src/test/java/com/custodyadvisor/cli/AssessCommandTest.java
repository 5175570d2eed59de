package com.custodyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.report.AdvisoryJson;
import com.custodyadvisor.support.ShippedRules;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void bothReportsShowTheProgrammeScheduleLowestLayerFirstAndTheScenariosLargestFirst() {
        String text = CliRunner.run("assess", "data/examples/layered-tower-exchange.yaml").out();
        assertThat(text).contains("Programme: your own theft cover, lowest layer first\n"
                + "  1. CRIME policy (Lead syndicate (primary)): pays from 0 to 100,000,000 USD, deductible 2,500,000")
                .contains("  2. CRIME policy (Excess syndicate A): pays from 100,000,000 to 250,000,000 USD")
                .contains("Terms:  follows the form of CRIME policy (Lead syndicate (primary))")
                .contains("Loss scenarios, largest first")
                .contains("Loss:   90,000,000 USD: insured 47,500,000 USD, retained 2,500,000 USD, uninsured "
                        + "40,000,000 USD");
        assertThat(text.indexOf("Insider collusion")).isLessThan(text.indexOf("Compromise of the hot tier"));

        String md = CliRunner.run("assess", "data/examples/layered-tower-exchange.yaml", "--format", "markdown").out();
        assertThat(md).contains("## Programme schedule")
                .contains("| 2 | Excess syndicate A | CRIME | 100,000,000 USD | 250,000,000 USD | 0 USD | HOT 50,000,000 "
                        + "USD, WARM 150,000,000 USD, COLD 150,000,000 USD |")
                .contains("## Loss scenarios")
                .contains("| Compromise of the hot tier | every wallet an underwriter classes HOT: \"hot BTC\" and "
                        + "\"hot ETH\" | 90,000,000 USD | 47,500,000 USD | 2,500,000 USD | **40,000,000 USD** |")
                .contains("### Wallet tiers");
    }

    @Test
    void reportsListCoverReliedOnButNotHeldAndWalletsAnUnderwriterWouldReclass(@TempDir Path dir) throws Exception {
        Path profile = Files.writeString(dir.resolve("p.yaml"), """
                firm: {name: Satchel, type: FINTECH, domicile: US, clientAssets: true}
                holdings: {aumUsd: 60000000}
                wallets:
                  - {name: payouts, tier: COLD, valueUsd: 60000000, keyScheme: SINGLE_KEY, online: true}
                insurance:
                  policies:
                    - {line: CRIME, carrier: Vendor programme, limitUsd: 250000000, basis: CONTINGENT,
                       firmIsNamedInsured: false}
                """);
        String text = CliRunner.run("assess", profile.toString()).out();
        assertThat(text).contains("  None: no crime, specie or theft warranty of your own.")
                .contains("Cover you rely on but do not hold (not counted toward your limits)\n"
                        + "  CRIME policy (Vendor programme), limit 250,000,000 USD: it is CONTINGENT cover")
                .contains("Wallets an underwriter would class in another tier\n"
                        + "  \"payouts\" (60,000,000 USD): declared COLD, assessed HOT: online, one key signing alone: HOT")
                .contains("Exposure: HOT 60,000,000 USD · WARM 0 USD · COLD 0 USD\n"
                        + "  (on the tiers an underwriter would assign; as declared: HOT 0 USD · WARM 0 USD · COLD "
                        + "60,000,000 USD)");
        String md = CliRunner.run("assess", profile.toString(), "--format", "markdown").out();
        assertThat(md).contains("| HOT exposure | 60,000,000 USD (as an underwriter would assign it; 0 USD as declared) |")
                .contains("| CRIME policy (Vendor programme) | 250,000,000 USD | it is CONTINGENT cover")
                .contains("| payouts | 60,000,000 USD | COLD | **HOT** | online, one key signing alone: HOT |");
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
