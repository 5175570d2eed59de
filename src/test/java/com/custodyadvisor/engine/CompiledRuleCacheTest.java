package com.custodyadvisor.engine;

import static com.custodyadvisor.engine.RuleSetCompilerTest.HEADER;
import static com.custodyadvisor.engine.RuleSetCompilerTest.rule;
import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.support.ShippedRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rules are compiled once per content: the shipped rules at build time, others into a cache keyed by their
 * files' hash, which any change misses and which two compilations at once both leave whole. The shipped rules
 * give the same advisory, to the byte, as the executable model compiled at build time and built the classic
 * way from the DRL at run time (the path of rules the model cannot generate); the classic path is forced by
 * adding one rule the model's code generator cannot take and that never fires, and the rule set's version,
 * which hashes the files, is the only field that differs.
 */
class CompiledRuleCacheTest {

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
    void theShippedRulesComeCompiledWithTheProgram(@TempDir Path copy) throws Exception {
        try (Stream<Path> files = Files.list(ShippedRules.RULES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }

        RuleSet rules = RuleSetCompiler.compile(copy, ShippedRules.DATA);

        assertThat(rules.rules()).hasSameSizeAs(ShippedRules.ruleSet().rules());
        assertThat(entries()).as("nothing compiled, nothing cached").isEmpty();
        assertThat(rules.rules().get(0).file()).isEqualTo(ShippedRules.ruleSet().rules().get(0).file());
    }

    @Test
    void changedRulesCompileOnceAndAnyChangeIsAnotherEntry(@TempDir Path dir, @TempDir Path dataDir)
            throws Exception {
        Files.writeString(dir.resolve("r.drl"), HEADER + rule("First", "T-FIRST", "Firm()"));
        RuleSet first = RuleSetCompiler.compile(dir, ShippedRules.DATA);
        List<Path> afterFirst = entries();
        assertThat(afterFirst).hasSize(1);

        RuleSet again = RuleSetCompiler.compile(dir, ShippedRules.DATA);
        assertThat(entries()).isEqualTo(afterFirst);
        assertThat(again.version()).isEqualTo(first.version());
        assertThat(again.rules()).extracting(RuleInfo::location).containsExactly("r.drl:4");

        // a parameters edit is data: the same compiled rules serve it
        Path data = ShippedRules.copyData(dataDir.resolve("data"));
        Files.writeString(data.resolve("parameters.yaml"), Files.readString(data.resolve("parameters.yaml"))
                .replaceFirst("value: (\\d+)", "value: 7$1"));
        RuleSet otherNumbers = RuleSetCompiler.compile(dir, data);
        assertThat(entries()).isEqualTo(afterFirst);
        assertThat(otherNumbers.version()).isNotEqualTo(first.version());

        Files.writeString(dir.resolve("r.drl"), HEADER + rule("First", "T-FIRST", "Firm()") + " ");
        RuleSetCompiler.compile(dir, ShippedRules.DATA);
        assertThat(entries()).hasSize(2);
    }

    @Test
    void aDamagedEntryIsCompiledAgain(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("r.drl"), HEADER + rule("First", "T-FIRST", "Firm()"));
        RuleSetCompiler.compile(dir, ShippedRules.DATA);
        Path entry = entries().get(0);
        Files.write(entry, new byte[] {1, 2, 3});

        RuleSet rules = RuleSetCompiler.compile(dir, ShippedRules.DATA);

        assertThat(rules.rules()).extracting(RuleInfo::id).containsExactly("T-FIRST");
        assertThat(Files.size(entry)).isGreaterThan(3);
    }

    @Test
    void twoCompilationsAtOnceBothSucceedAndLeaveOneWholeEntry(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("r.drl"), HEADER + rule("First", "T-FIRST", "Firm()")
                + rule("Second", "T-SECOND", "Holdings()"));
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Callable<RuleSet> compile = () -> RuleSetCompiler.compile(dir, ShippedRules.DATA);
            List<Future<RuleSet>> results = new ArrayList<>(List.of(two.submit(compile), two.submit(compile)));
            for (Future<RuleSet> r : results) {
                assertThat(r.get().rules()).hasSize(2);
            }
        } finally {
            two.shutdown();
        }
        assertThat(entries()).hasSize(1);
        try (Stream<Path> all = Files.list(cache)) {
            assertThat(all.filter(p -> p.toString().endsWith(".tmp"))).as("temporary files left").isEmpty();
        }
        assertThat(RuleSetCompiler.compile(dir, ShippedRules.DATA).rules()).hasSize(2);
    }

    @Test
    void offTurnsTheCacheOff(@TempDir Path dir) throws Exception {
        System.setProperty(CompiledRuleStore.PROPERTY, "off");
        Files.writeString(dir.resolve("r.drl"), HEADER + rule("First", "T-FIRST", "Firm()"));

        assertThat(RuleSetCompiler.compile(dir, ShippedRules.DATA).rules()).hasSize(1);
        assertThat(CompiledRuleStore.directory()).isNull();
        assertThat(entries()).isEmpty();
    }

    private List<Path> entries() throws Exception {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(cache)) {
            return all.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
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
