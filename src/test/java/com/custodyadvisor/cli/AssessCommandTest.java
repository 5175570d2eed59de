package com.custodyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.report.AdvisoryJson;
import com.custodyadvisor.support.ShippedRules;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
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
        assertThat(r.out()).contains("Verdict: READY").contains("#1 Evertas (insurer), fit 80")
                .contains("Plan: the order of approach").contains("Lead insurer or market");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aHighFindingExitsOne() {
        CliRunner.Result r = CliRunner.run("assess", "data/examples/large-exchange.yaml");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("Verdict: NEEDS_WORK").contains("HIGH (3)")
                .contains("HOT wallets hold 400,000,000 USD").contains("1. Broker: ");
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
                .contains("#### RF-CYBER-ONLY").contains("### Providers that fit").contains("- **Source:**");
    }

    @Test
    void pdfIsTheBrokerPackAsBytesOnStandardOutputOrInAFile(@TempDir Path dir) throws Exception {
        CliRunner.Result piped = CliRunner.run("assess", "data/examples/cyber-only.yaml", "--format", "pdf");
        assertThat(piped.exitCode()).isEqualTo(1);
        assertThat(piped.out()).isEmpty();
        assertThat(new String(piped.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        Path pack = dir.resolve("out/pack.pdf");
        CliRunner.Result filed = CliRunner.run("assess", "data/examples/cyber-only.yaml", "-o", pack.toString());
        assertThat(filed.out()).contains("NOT_READY");
        assertThat(filed.bytes()).isEmpty();
        assertThat(new String(Files.readAllBytes(pack), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void pdfIsNeverWrittenToATerminalNorForABatch() {
        CliRunner.Result terminal = CliRunner.run(new Terminal(true, true, false), "assess",
                "data/examples/cyber-only.yaml", "--format", "pdf");
        assertThat(terminal.exitCode()).isEqualTo(2);
        assertThat(terminal.bytes()).isEmpty();
        assertThat(terminal.err()).contains("Not writing pdf to a terminal").contains("-o pack.pdf");

        CliRunner.Result batch = CliRunner.run("assess", "data/examples/cyber-only.yaml",
                "data/examples/large-exchange.yaml", "--format", "pdf");
        assertThat(batch.exitCode()).isEqualTo(2);
        assertThat(batch.bytes()).isEmpty();
        assertThat(batch.err()).contains("pdf is the broker pack of one profile");
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
                .contains("## Wallet inventory");
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
                .contains("| payouts | 60,000,000 USD | COLD | **HOT** | SINGLE_KEY | not given | not given | not given "
                        + "| not given |")
                .contains("- payouts: online, one key signing alone: HOT");
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
        CliRunner.Result r = CliRunner.run("assess", "data/examples/cyber-only.yaml", "--format", "docx");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("docx");
    }

    @Test
    void providersArePrintedInTheOrderTheyAreNumbered() {
        CliRunner.Result r = CliRunner.run("assess", "data/examples/large-exchange.yaml");
        List<Integer> numbers = Pattern.compile("(?m)^  #(\\d+) ").matcher(r.out()).results()
                .map(m -> Integer.parseInt(m.group(1))).toList();

        assertThat(numbers).hasSizeGreaterThan(2);
        assertThat(numbers).isEqualTo(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
    }

    @Test
    void failOnNoneExitsZeroWhateverIsFound() {
        CliRunner.Result r = CliRunner.run("assess", "data/examples/cyber-only.yaml", "--fail-on", "NONE");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Verdict: NOT_READY");
    }

    @Test
    void severalOutputsInOneRun(@TempDir Path dir) throws Exception {
        Path sarif = dir.resolve("out/results.sarif");
        Path junit = dir.resolve("custody-junit");
        Path markdown = dir.resolve("report.md");

        CliRunner.Result r = CliRunner.run("assess", "data/examples/large-exchange.yaml", "-f", "github",
                "-o", sarif.toString(), "-o", markdown.toString(), "-o", "junit:" + junit);

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("::error file=data/examples/large-exchange.yaml,line=");
        assertThat(Mappers.JSON.readTree(Files.readString(sarif)).path("version").asString()).isEqualTo("2.1.0");
        assertThat(Files.readString(junit)).startsWith("<?xml").contains("<testsuite name=\"data/examples/large-exchange.yaml\"");
        assertThat(Files.readString(markdown)).startsWith("# Custody insurance readiness: Atlas Global Exchange");
    }

    @Test
    void outputsThatCannotBeToldApartAreRefused(@TempDir Path dir) {
        CliRunner.Result noFormat = CliRunner.run("assess", "data/examples/cyber-only.yaml", "-o",
                dir.resolve("report.out").toString());
        CliRunner.Result twice = CliRunner.run("assess", "data/examples/cyber-only.yaml", "-o",
                dir.resolve("a.sarif").toString(), "-o", "sarif:" + dir.resolve("a.sarif"));

        assertThat(noFormat.exitCode()).isEqualTo(2);
        assertThat(noFormat.err()).contains("report.out: the extension does not say which format; write it "
                + "before the file, e.g. -o sarif:");
        assertThat(noFormat.out()).isEmpty();
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("is named twice");
        assertThat(dir.resolve("a.sarif")).doesNotExist();
    }

    @Test
    void aTerminalThatIsNotUtf8GetsAscii() {
        CliRunner.Result r = CliRunner.run(new Terminal(true, false, false), "assess",
                "data/examples/large-exchange.yaml", "--color", "never");

        assertThat(r.out()).contains("critical 0 | high 3").matches("\\A\\p{ASCII}*\\z");
    }

    @Test
    void severitiesAreColouredOnATerminalOnly() {
        String coloured = CliRunner.run(new Terminal(true, true, false), "assess",
                "data/examples/cyber-only.yaml").out();
        String noColor = CliRunner.run(new Terminal(true, true, true), "assess",
                "data/examples/cyber-only.yaml").out();
        String piped = CliRunner.run(new Terminal(false, true, false), "assess",
                "data/examples/cyber-only.yaml").out();
        String forced = CliRunner.run(new Terminal(false, true, false), "assess",
                "data/examples/cyber-only.yaml", "--color", "always").out();

        assertThat(coloured).contains("\u001B[1;31mCRITICAL (2)\u001B[0m").contains("\u001B[1;31mNOT_READY\u001B[0m")
                .contains("  \u001B[1;31mRF-CYBER-ONLY\u001B[0m  Cyber-only cover");
        assertThat(noColor).doesNotContain("\u001B[");
        assertThat(piped).doesNotContain("\u001B[");
        assertThat(forced).contains("\u001B[1;31mCRITICAL (2)");
    }

    @Test
    void jsonStaysUtf8AndUncolouredOnATerminal() {
        CliRunner.Result r = CliRunner.run(new Terminal(true, false, false), "assess",
                "data/examples/apac-custodian.yaml", "-f", "json");

        assertThat(r.out()).doesNotContain("\u001B[");
        assertThat(Mappers.JSON.readTree(r.out()).path("summary").path("verdict").asString()).isEqualTo("NEEDS_WORK");
    }

    @Test
    void explanationsNameFactsNotJavaTypes() {
        // the bank's rules match what patterns collected and accumulated: named as such, not as Java types,
        // and the engine's own initial fact is left out
        CliRunner.Result r = CliRunner.run("assess", "data/examples/bank-custody.yaml", "--explain");

        assertThat(r.out()).contains("Rule:").containsPattern("(matched|;)\\s+(collected|accumulated)\\b")
                .doesNotContainPattern("java\\.|ArrayList|\\bList\\b|HashMap|\\bDouble\\b|\\bLong\\b|\\bInteger\\b")
                .doesNotContain("InitialFact");
    }

    @Test
    void theReportSaysWhichRulesAndDataItUsed() {
        CliRunner.Result found = CliRunner.run("assess", "data/examples/cyber-only.yaml");
        CliRunner.Result given = CliRunner.run("assess", "data/examples/cyber-only.yaml", "--rules", "rules",
                "--data", "data");

        assertThat(found.out()).contains("(rules/ in the working directory)").contains("(data/ in the working directory)");
        assertThat(given.out()).containsPattern("\nRule set [0-9a-f]{12} \\(rules\\)\nCatalogue [0-9a-f]{12} \\(data\\)\n");
    }
}
