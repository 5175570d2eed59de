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
    }

    static String rule(String title, String id, String when) {
        return "rule \"" + title + "\"\n    @id(\"" + id + "\") @severity(\"HIGH\") @category(\"TEST\") @source(\"test\")\n"
                + "when\n    " + when + "\nthen\nend\n";
    }
}
