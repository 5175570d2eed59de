package com.custodyadvisor.reload;

import com.custodyadvisor.authoring.ScenarioResult;
import com.custodyadvisor.authoring.ScenarioSuite;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.engine.AdvisoryTimeoutException;
import com.custodyadvisor.engine.RuleExecutionException;
import com.custodyadvisor.engine.RuleInfo;
import com.custodyadvisor.profile.InvalidProfileException;
import com.custodyadvisor.profile.ProfileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a newly loaded rule set and catalogue must pass before they replace the serving ones: that compiles is
 * not enough. Every shipped example ({@code data/examples/*.yaml}) must get an advisory without a rule failure,
 * every scenario ({@code rules/tests}) must pass, and no rule or rule file of the serving set may disappear
 * unless the reload says it means to drop them.
 */
final class CandidateChecks {

    /** The example profiles of a data directory. */
    static final String EXAMPLES = "examples";

    private static final String RELOAD_ANYWAY = "; if that is meant, reload with POST /v1/admin/reload?allowRemovals=true";

    private final Path rulesDir;
    private final Path dataDir;
    /** Made at the first reload: the service's start builds the profile schema once, for its requests. */
    private ProfileReader reader;

    CandidateChecks(Path rulesDir, Path dataDir) {
        this.rulesDir = rulesDir;
        this.dataDir = dataDir;
    }

    private ProfileReader reader() {
        if (reader == null) {
            reader = new ProfileReader();
        }
        return reader;
    }

    /** Why the candidate may not serve; empty when it may (called one reload at a time). */
    List<String> problems(Advisor serving, Advisor candidate, boolean allowRemovals) {
        List<String> problems = new ArrayList<>();
        if (!allowRemovals) {
            problems.addAll(removals(serving, candidate));
        }
        List<String> examples = exampleFailures(candidate);
        problems.addAll(examples);
        // a rule set that fails the examples (a loop, a spin) would fail each scenario the same way, slowly
        if (examples.isEmpty()) {
            problems.addAll(scenarioFailures(candidate));
        }
        return problems;
    }

    private List<String> removals(Advisor serving, Advisor candidate) {
        List<String> problems = new ArrayList<>();
        Set<String> files = candidate.ruleSet().rules().stream().map(RuleInfo::file).collect(Collectors.toSet());
        Set<String> ids = candidate.ruleSet().rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
        serving.ruleSet().rules().stream().map(RuleInfo::file).distinct().filter(f -> !files.contains(f))
                .forEach(f -> problems.add(rulesDir.resolve(f) + ": the file and its rules would be dropped"
                        + RELOAD_ANYWAY));
        serving.ruleSet().rules().stream().filter(r -> files.contains(r.file()) && !ids.contains(r.id()))
                .forEach(r -> problems.add(rulesDir.resolve(r.file()) + ": rule " + r.id() + " (\"" + r.title()
                        + "\") would be dropped" + RELOAD_ANYWAY));
        return problems;
    }

    /** Each example must get an advisory; the first that runs out of time ends the check. */
    private List<String> exampleFailures(Advisor candidate) {
        List<String> problems = new ArrayList<>();
        for (Path example : examples()) {
            try {
                candidate.run(reader().read(Files.readAllBytes(example)));
            } catch (IOException e) {
                problems.add(example + ": cannot read: " + e.getMessage());
            } catch (InvalidProfileException e) {
                problems.add(example + ": the example is not a valid profile: " + e.problems().get(0).describe());
            } catch (AdvisoryTimeoutException e) {
                problems.add(example + ": the rule set fails on this example: " + e.getMessage());
                return problems;
            } catch (RuleExecutionException e) {
                problems.add(example + ": the rule set fails on this example: " + e.getMessage());
            }
        }
        return problems;
    }

    private List<Path> examples() {
        Path dir = dataDir.resolve(EXAMPLES);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The scenario suite of the rules directory, as {@code rules test} runs it; one line per failed scenario. */
    private List<String> scenarioFailures(Advisor candidate) {
        List<ScenarioResult> results;
        try {
            results = ScenarioSuite.run(candidate.ruleSet(), candidate.catalog(), ScenarioSuite.testsDir(rulesDir))
                    .results();
        } catch (IOException e) {
            return List.of(ScenarioSuite.testsDir(rulesDir) + ": cannot read the scenarios: " + e.getMessage());
        }
        return results.stream().filter(r -> !r.passed())
                .map(r -> r.scenario().label() + ": " + String.join("; ", r.failures())).toList();
    }
}
