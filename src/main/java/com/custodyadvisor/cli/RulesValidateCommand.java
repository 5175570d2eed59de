package com.custodyadvisor.cli;

import com.custodyadvisor.catalog.Catalog;
import com.custodyadvisor.catalog.CatalogException;
import com.custodyadvisor.catalog.CatalogLoader;
import com.custodyadvisor.distribution.RuleSources;
import com.custodyadvisor.document.Problem;
import com.custodyadvisor.engine.RuleSet;
import com.custodyadvisor.engine.RuleSetCompiler;
import com.custodyadvisor.engine.RuleProblem;
import com.custodyadvisor.engine.RuleSetException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rules validate}: compiles every rule file and loads the catalogue, reporting every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Compile the rule files with their parameters and scoring table and load the provider "
                + "catalogue; print every problem as file:line:column: message.",
                "Exit status: 0 clean, 2 problems found."})
final class RulesValidateCommand implements Callable<Integer>, BuildVersion.UsesRules {

    @Spec
    CommandSpec spec;

    @Mixin
    RuleDirectoryOptions dirs;

    @Override
    public RuleSources sources() {
        return dirs.sources();
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleSources sources = dirs.sources();
        int problems = 0;
        RuleSet ruleSet = null;
        try {
            ruleSet = RuleSetCompiler.compile(sources.rules().path(), sources.data().path());
            List<RuleProblem> unasked = RuleSetCompiler.unaskedQuestions(ruleSet);
            Problems.printRules(err, unasked);
            problems += unasked.size();
        } catch (RuleSetException e) {
            Problems.printRules(err, e.problems());
            problems += e.problems().size();
        }
        Catalog catalog = null;
        try {
            catalog = CatalogLoader.load(sources.data().path());
        } catch (CatalogException e) {
            Problems.print(err, e.file().toString(), e.problems());
            problems += e.problems().size();
        }
        if (ruleSet != null && catalog != null) {
            List<Problem> unknown = catalog.parameterProblems(ruleSet.parameters());
            Problems.print(err, sources.data().path().resolve(CatalogLoader.FILE_NAME).toString(), unknown);
            problems += unknown.size();
        }
        if (problems > 0) {
            err.println(problems + " problem" + (problems == 1 ? "" : "s") + " found");
            return Main.EXIT_INVALID;
        }
        long files = ruleSet.rules().stream().map(r -> r.file()).distinct().count();
        out.println("OK: " + ruleSet.rules().size() + " rules in " + files + " files (" + sources.rules().describe()
                + "), " + ruleSet.parameters().all().size() + " parameters, " + ruleSet.regimes().regimes().size()
                + " regimes, " + catalog.size() + " providers ("
                + sources.data().describe() + ")");
        out.println("rule set " + ruleSet.version());
        out.println("catalogue " + catalog.version());
        return Main.EXIT_OK;
    }
}
