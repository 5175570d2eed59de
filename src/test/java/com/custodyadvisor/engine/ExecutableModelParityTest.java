package com.custodyadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.support.ShippedRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipped rules give the same advisory, to the byte, whether they run as the executable model compiled
 * at build time or built the classic way from the DRL at run time (the path of rules the model cannot
 * generate). The classic path is forced by adding one rule the model's code generator cannot take and
 * that never fires; the rule set's version, which hashes the files, is the only field that differs.
 */
class ExecutableModelParityTest {

    /** Multiplies a field of its own pattern by a binding written after it: classic only, and never true. */
    private static final String CLASSIC_ONLY = """
            rule "Never: a policy with a negative limit"
                @id("PARITY-CLASSIC-ONLY") @severity("INFO") @category("TEST") @source("test")
            when
                Parameters( $share : ratio("deductible-share-max") )
                Policy( limitUsd < 0, deductibleUsd > limitUsd * $share )
            then
            end
            """;

    @TempDir
    Path cache;

    private String previous;

    @BeforeEach
    void useAnEmptyCache() {
        previous = System.getProperty(CompiledRuleStore.PROPERTY);
        System.setProperty(CompiledRuleStore.PROPERTY, cache.toString());
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty(CompiledRuleStore.PROPERTY);
        } else {
            System.setProperty(CompiledRuleStore.PROPERTY, previous);
        }
    }

    @Test
    void everyExampleAdvisesTheSameFromTheModelAndFromTheDrl(@TempDir Path rules) throws Exception {
        try (Stream<Path> files = Files.list(ShippedRules.RULES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Files.copy(f, rules.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path checklist = rules.resolve("checklist.drl");
        Files.writeString(checklist, Files.readString(checklist) + "\n" + CLASSIC_ONLY);
        RuleSet classic = RuleSetCompiler.compile(rules, ShippedRules.DATA);
        try (Stream<Path> kept = Files.walk(cache)) {
            assertThat(kept.filter(Files::isRegularFile)).as("built the classic way, which is never cached").isEmpty();
        }
        assertThat(classic.rules()).hasSize(ShippedRules.ruleSet().rules().size() + 1);
        Advisor fromDrl = new Advisor(classic, ShippedRules.catalog());
        Advisor fromModel = ShippedRules.advisor();

        List<Path> examples;
        try (Stream<Path> files = Files.list(ShippedRules.EXAMPLES)) {
            examples = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(examples).hasSizeGreaterThan(5);
        for (Path example : examples) {
            String name = example.getFileName().toString();
            assertThat(json(fromDrl.run(ShippedRules.example(name)).advisory()))
                    .as(name).isEqualTo(json(fromModel.run(ShippedRules.example(name)).advisory()));
        }
    }

    /** The advisory as the doors write it, explanations included, less the rule set's version. */
    private static String json(Advisory advisory) {
        ObjectNode tree = Mappers.JSON.valueToTree(advisory);
        tree.remove("rulesetVersion");
        return Mappers.JSON.writeValueAsString(tree);
    }
}
