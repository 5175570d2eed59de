package com.custodyadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.custodyadvisor.support.ShippedRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetCompilerTest {

    static final String HEADER = """
            package custody.rules;
            import com.custodyadvisor.profile.*;
            global com.custodyadvisor.engine.Advice advice;
            """;

    @Test
    void theShippedRulesCarryCompleteUniqueMetadata() {
        List<RuleInfo> rules = ShippedRules.ruleSet().rules();
        assertThat(rules).hasSizeGreaterThan(40);
        assertThat(rules).extracting(RuleInfo::title).doesNotHaveDuplicates();
        assertThat(rules).allSatisfy(r -> assertThat(ShippedRules.ruleSet().definition(r.id())).as(r.title()).isNotNull());
        assertThat(rules).allSatisfy(r -> {
            assertThat(r.severity()).as(r.title()).isNotNull();
            assertThat(r.source()).as(r.title()).isNotBlank();
            assertThat(r.line()).as(r.title()).isPositive();
        });
        Set<String> ids = rules.stream().map(RuleInfo::id).collect(Collectors.toSet());
        assertThat(ids).contains("RF-CYBER-ONLY", "RF-VAGUE-WORDING", "RF-KEY-COMPROMISE-UNCLEAR", "BM-CYBER-AS-CRIME",
                "BM-HOT-LIMIT-MISMATCH", "BM-NO-VENDOR-RIDER", "BM-UNDOCUMENTED-KEYS", "BM-LATE-ENGAGEMENT",
                "CL-REGION", "CL-TIER-MAP", "CL-EXCLUSIONS", "CL-LIMITS", "CL-CLAIMS", "CL-AUDITS", "CL-REINSURANCE",
                "SEC-KEY-ISOLATION", "SEC-ACCESS-CONTROLS", "SEC-KYC-SANCTIONS", "SEC-SEGREGATION", "SEC-TABLETOP",
                "FAQ-CRIME-SPECIE", "FAQ-STAKING", "FAQ-SMART-CONTRACT", "FAQ-PLATFORM-CLAIMS", "FAQ-PREMIUM-LEVERS");
    }

    @Test
    void theContractsSeveritiesAreTheDefaults() {
        RuleSet rules = ShippedRules.ruleSet();
        assertThat(rules.byId("RF-CYBER-ONLY").orElseThrow().severity().name()).isEqualTo("CRITICAL");
        assertThat(rules.byId("BM-LATE-ENGAGEMENT").orElseThrow().severity().name()).isEqualTo("CRITICAL");
        assertThat(rules.byId("CL-REINSURANCE").orElseThrow().severity().name()).isEqualTo("LOW");
        assertThat(rules.byId("FAQ-PREMIUM-LEVERS").orElseThrow().severity().name()).isEqualTo("INFO");
        assertThat(rules.byId("CL-REGION").orElseThrow().severity().name()).isEqualTo("MEDIUM");
    }

    @Test
    void aBrokenRuleFileIsReportedWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.drl"), HEADER + rule("Good", "T-GOOD", "Firm()"));
        Files.writeString(dir.resolve("broken.drl"), HEADER + """
                rule "Broken"
                    @id("T-BROKEN") @severity("HIGH") @category("TEST") @source("test")
                when
                    Firm( nmae == "x" )
                then
                end
                """);
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSetCompiler.compile(dir, ShippedRules.DATA));
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).endsWith("broken.drl"));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("nmae");
            assertThat(p.describe()).matches(".*broken\\.drl:7:\\d+: .*");
        });
    }

    @Test
    void aSyntaxErrorIsReported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("syntax.drl"), HEADER + "rule \"Unclosed\"\nwhen\n  Firm(\nthen\nend\n");
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSetCompiler.compile(dir, ShippedRules.DATA));
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).endsWith("syntax.drl");
            assertThat(p.line()).isPositive();
        });
    }

    @Test
    void missingOrInvalidMetadataAndDuplicateIdsAreErrors(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("meta.drl"), HEADER + """
                rule "No id"
                    @severity("HIGH") @category("TEST") @source("test")
                when Firm() then end

                rule "Bad severity"
                    @id("T-ONE") @severity("SEVERE") @category("TEST") @source("test")
                when Firm() then end

                rule "Same id"
                    @id("T-ONE") @severity("LOW") @category("TEST") @source("test")
                when Firm() then end

                rule "No source or category"
                    @id("T-TWO") @severity("LOW")
                when Firm() then end
                """);
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSetCompiler.compile(dir, ShippedRules.DATA));
        List<String> messages = e.problems().stream().map(RuleProblem::describe).toList();
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("meta.drl:4:").contains("\"No id\" has no @id"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("@severity \"SEVERE\" is not one of"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("@id \"T-ONE\" is already used"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("\"No source or category\" needs a @source"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("\"No source or category\" needs a @category"));
    }

    @Test
    void aMissingOrEmptyDirectoryIsAnError(@TempDir Path dir) {
        assertThat(catchThrowableOfType(RuleSetException.class, () -> RuleSetCompiler.compile(dir.resolve("nope"), ShippedRules.DATA))
                .problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not found"));
        assertThat(catchThrowableOfType(RuleSetException.class, () -> RuleSetCompiler.compile(dir, ShippedRules.DATA))
                .problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("no .drl"));
    }

    @Test
    void theVersionFollowsTheFilesContent(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.drl"), HEADER + rule("A", "T-A", "Firm()"));
        String first = RuleSetCompiler.compile(dir, ShippedRules.DATA).version();
        assertThat(RuleSetCompiler.compile(dir, ShippedRules.DATA).version()).isEqualTo(first);
        Files.writeString(dir.resolve("a.drl"), HEADER + rule("A", "T-A", "Firm( name != null )"));
        assertThat(RuleSetCompiler.compile(dir, ShippedRules.DATA).version()).isNotEqualTo(first).hasSize(64);
        String rulesOnly = RuleSetCompiler.compile(dir, ShippedRules.DATA).version();
        Path data = ShippedRules.copyData(dir.resolve("data"));
        Files.writeString(data.resolve("parameters.yaml"), Files.readString(data.resolve("parameters.yaml"))
                .replace("value: 200000000\n", "value: 200000001\n"));
        assertThat(RuleSetCompiler.compile(dir, data).version()).as("the parameters are part of the rule set")
                .isNotEqualTo(rulesOnly);
    }

    @Test
    void aRuleNamingAnUnknownParameterOrReadingItInAnotherUnitIsReportedAtItsLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("params.drl"), HEADER + """
                import com.custodyadvisor.parameters.Parameters;
                rule "Unknown parameter"
                    @id("T-UNKNOWN") @severity("LOW") @category("TEST") @source("test")
                when
                    Parameters( $x : usd("towr-aum") )
                then
                end

                rule "Wrong unit"
                    @id("T-UNIT") @severity("LOW") @category("TEST") @source("test")
                when
                    // usd("not-a-parameter") in a comment names nothing
                    Parameters( $x : ratio("carrier-line-usd") )
                then
                end
                """);
        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> RuleSetCompiler.compile(dir, ShippedRules.DATA));
        assertThat(e.problems()).extracting(RuleProblem::describe).containsExactlyInAnyOrder(
                dir + "/params.drl:8:22: rule \"Unknown parameter\" names parameter \"towr-aum\", which parameters.yaml "
                        + "does not define (known: " + String.join(", ", ShippedRules.ruleSet().parameters().all().stream()
                        .map(com.custodyadvisor.parameters.Parameter::name).sorted().toList()) + ")",
                dir + "/params.drl:16:22: rule \"Wrong unit\" reads parameter \"carrier-line-usd\" with ratio(…), but its unit "
                        + "is USD: use usd(…)");
    }

    @Test
    void eachRuleListsTheParametersItNamesWithTheirValues() {
        RuleInfo tower = ShippedRules.ruleSet().rules().stream()
                .filter(r -> r.title().equals("Carriers, and losses beyond the direct market, need reinsurance backing: the largest loss scenario")).findFirst()
                .orElseThrow();
        assertThat(tower.parameters()).extracting(p -> p.name() + "=" + p.describe())
                .containsExactly("market-capacity-usd=500,000,000 USD");
    }

    @Test
    void rulesThatShareAnIdCarryOnlyTheIdAndInheritTheHeader(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("parts.drl"), HEADER + """
                rule "Main"
                    @id("T-MAIN") @severity("HIGH") @category("TEST") @source("test") @remediation("Fix it.")
                when Firm() then end

                rule "Main: another case"
                    @id("T-MAIN")
                when Holdings() then end

                rule "Orphan part"
                    @id("T-NOBODY")
                when Firm() then end
                """);
        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> RuleSetCompiler.compile(dir, ShippedRules.DATA));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.describe())
                .contains("parts.drl:12:").contains("\"Orphan part\" carries only @id(\"T-NOBODY\")"));

        Files.writeString(dir.resolve("parts.drl"), Files.readString(dir.resolve("parts.drl"))
                .substring(0, Files.readString(dir.resolve("parts.drl")).indexOf("rule \"Orphan part\"")));
        RuleSet set = RuleSetCompiler.compile(dir, ShippedRules.DATA);
        assertThat(set.rules()).extracting(RuleInfo::title, RuleInfo::severity, RuleInfo::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Main", com.custodyadvisor.advisory.Severity.HIGH, "test"),
                        org.assertj.core.groups.Tuple.tuple("Main: another case", com.custodyadvisor.advisory.Severity.HIGH, "test"));
        assertThat(set.definition("T-MAIN").title()).isEqualTo("Main");
        assertThat(set.definition("T-MAIN").remediation()).isEqualTo("Fix it.");
    }

    @Test
    void anInvalidDataFileIsReportedWithTheRules(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.drl"), HEADER + rule("A", "T-A", "Firm()"));
        Path data = ShippedRules.copyData(dir.resolve("data"));
        Files.writeString(data.resolve("scoring.yaml"), "cap: 100\n");
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSetCompiler.compile(dir, data));
        assertThat(e.problems()).extracting(RuleProblem::describe)
                .anySatisfy(m -> assertThat(m).contains("scoring.yaml:1:1: /needs: is required"));
    }

    static String rule(String title, String id, String when) {
        return "rule \"" + title + "\"\n    @id(\"" + id + "\") @severity(\"HIGH\") @category(\"TEST\") @source(\"test\")\n"
                + "when\n    " + when + "\nthen\nend\n";
    }
}
