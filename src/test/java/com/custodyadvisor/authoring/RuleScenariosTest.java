package com.custodyadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.engine.RuleInfo;
import com.custodyadvisor.support.ShippedRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every scenario in rules/tests against the shipped rules (the same runner as {@code rules test}),
 * and guards the suite's structure: full coverage, each rule made to fire and kept quiet, each example
 * profile pinned by a golden scenario.
 */
class RuleScenariosTest {

    private static ScenarioSuite suite;
    private static List<Scenario> scenarios;

    @BeforeAll
    static void runSuite() throws IOException {
        Path tests = ScenarioSuite.testsDir(ShippedRules.RULES);
        suite = ScenarioSuite.run(ShippedRules.ruleSet(), ShippedRules.catalog(), tests);
        scenarios = ScenarioLoader.loadAll(tests);
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioPasses() {
        return suite.results().stream().map(result -> DynamicTest.dynamicTest(result.scenario().label(),
                () -> assertThat(result.failures()).as(result.scenario().label()).isEmpty()));
    }

    @Test
    void everyRuleIsFiredBySomeScenario() {
        assertThat(suite.uncovered()).extracting(r -> r.title() + " (" + r.location() + ")")
                .as("rules no scenario makes fire").isEmpty();
    }

    @Test
    void everyRuleHasAScenarioThatFiresItAndOneThatKeepsItQuiet() {
        Set<String> firing = scenarios.stream().flatMap(s -> s.expect().firing().stream()).collect(Collectors.toSet());
        Set<String> quiet = scenarios.stream().flatMap(s -> s.expect().quiet().stream()).collect(Collectors.toSet());
        List<String> ids = List.copyOf(ShippedRules.ruleSet().ids());
        assertThat(ids.stream().filter(id -> !firing.contains(id)).toList())
                .as("rules no scenario expects to fire (expect.findings or expect.fired)").isEmpty();
        assertThat(ids.stream().filter(id -> !quiet.contains(id)).toList())
                .as("rules no scenario expects to stay quiet (expect.absent or expect.notFired)").isEmpty();
    }

    @Test
    void everyRuleFileHasAScenarioFile() throws IOException {
        try (Stream<Path> drl = Files.list(ShippedRules.RULES)) {
            List<String> missing = drl.filter(p -> p.toString().endsWith(".drl"))
                    .map(p -> p.getFileName().toString().replace(".drl", ".yaml"))
                    .filter(name -> !Files.exists(ScenarioSuite.testsDir(ShippedRules.RULES).resolve(name)))
                    .toList();
            assertThat(missing).as("scenario files missing beside the rule files").isEmpty();
        }
    }

    @Test
    void everyExampleProfileHasAGoldenScenario() throws IOException {
        Set<String> pinned = scenarios.stream()
                .filter(s -> s.file().getFileName().toString().equals("examples.yaml"))
                .filter(s -> s.expect().verdict() != null && !s.expect().findings().isEmpty()
                        && (!s.expect().topProviders().isEmpty() || s.expect().firstProvider() != null))
                .map(Scenario::name).collect(Collectors.toSet());
        String golden = Files.readString(ScenarioSuite.testsDir(ShippedRules.RULES).resolve("examples.yaml"));
        try (Stream<Path> examples = Files.list(ShippedRules.EXAMPLES)) {
            List<String> unpinned = examples.map(p -> p.getFileName().toString())
                    .filter(name -> !golden.contains("data/examples/" + name)).toList();
            assertThat(unpinned).as("example profiles without a golden scenario in rules/tests/examples.yaml")
                    .isEmpty();
        }
        assertThat(pinned).as("golden scenarios pin verdict, findings and providers").hasSizeGreaterThanOrEqualTo(6);
    }
}
