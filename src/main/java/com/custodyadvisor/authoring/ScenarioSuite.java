package com.custodyadvisor.authoring;

import com.custodyadvisor.catalog.Catalog;
import com.custodyadvisor.engine.RuleInfo;
import com.custodyadvisor.engine.RuleSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every scenario of a tests directory run against one rule set: the results, and the rules no
 * scenario made fire.
 */
public record ScenarioSuite(List<ScenarioResult> results, List<RuleInfo> uncovered) {

    /** The tests directory of a rules directory. */
    public static Path testsDir(Path rulesDir) {
        return rulesDir.resolve("tests");
    }

    public static ScenarioSuite run(RuleSet ruleSet, Catalog catalog, Path testsDir) throws IOException {
        ScenarioRunner runner = new ScenarioRunner(ruleSet, catalog);
        List<ScenarioResult> results = new ArrayList<>();
        Set<RuleInfo> fired = new HashSet<>();
        for (Scenario scenario : ScenarioLoader.loadAll(testsDir)) {
            ScenarioResult result = runner.run(scenario);
            results.add(result);
            fired.addAll(result.firedRules());
        }
        List<RuleInfo> uncovered = ruleSet.rules().stream().filter(r -> !fired.contains(r)).toList();
        return new ScenarioSuite(results, uncovered);
    }

    public long passed() {
        return results.stream().filter(ScenarioResult::passed).count();
    }

    public long failed() {
        return results.size() - passed();
    }
}
