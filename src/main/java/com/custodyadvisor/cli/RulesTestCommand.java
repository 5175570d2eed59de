package com.custodyadvisor.cli;

import com.custodyadvisor.authoring.JUnitXml;
import com.custodyadvisor.authoring.ScenarioResult;
import com.custodyadvisor.authoring.ScenarioSuite;
import com.custodyadvisor.catalog.Catalog;
import com.custodyadvisor.distribution.RuleSources;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.engine.RuleInfo;
import com.custodyadvisor.engine.RuleSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rules test}: runs every scenario in {@code DIR/tests}, with failures as expected against actual. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run the scenarios in DIR/tests/*.yaml against the rules.",
                "Exit status: 0 all passed, 1 some failed, 2 the rules or catalogue are invalid."})
final class RulesTestCommand implements Callable<Integer>, BuildVersion.UsesRules {

    @Spec
    CommandSpec spec;

    @Mixin
    RuleDirectoryOptions dirs;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the results as JUnit XML.")
    Path junit;

    @Option(names = "--coverage", description = "List the rules no scenario made fire.")
    boolean coverage;

    @Override
    public RuleSources sources() {
        return dirs.sources();
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleSources sources = dirs.sources();
        Advisor advisor = EngineOptions.load(sources, err);
        if (advisor == null) {
            return Main.EXIT_INVALID;
        }
        RuleSet ruleSet = advisor.ruleSet();
        Catalog catalog = advisor.catalog();
        Path tests = ScenarioSuite.testsDir(sources.rules().path());
        ScenarioSuite suite = ScenarioSuite.run(ruleSet, catalog, tests);
        for (ScenarioResult r : suite.results()) {
            if (!r.passed()) {
                out.println("FAIL " + r.scenario().label());
                r.failures().forEach(f -> out.println("     " + f));
            }
        }
        if (suite.results().isEmpty()) {
            out.println("no scenarios in " + tests);
        }
        out.println(suite.passed() + " passed, " + suite.failed() + " failed");
        if (coverage) {
            int total = ruleSet.rules().size();
            out.println("coverage: " + (total - suite.uncovered().size()) + " of " + total
                    + " rules fired by some scenario");
            for (RuleInfo r : suite.uncovered()) {
                out.println("  not fired: " + r.id() + "  " + r.title() + " (" + r.location() + ")");
            }
        }
        if (junit != null) {
            JUnitXml.write(suite, junit);
            out.println("JUnit XML written to " + junit);
        }
        return suite.failed() == 0 && !suite.results().isEmpty() ? Main.EXIT_OK : Main.EXIT_FINDINGS;
    }
}
