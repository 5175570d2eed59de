package com.custodyadvisor.cli;

import com.custodyadvisor.catalog.CatalogException;
import com.custodyadvisor.distribution.RuleSources;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.engine.AdvisorFactory;
import com.custodyadvisor.engine.RuleSetException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --rules DIR} and {@code --data DIR}: where the rules and the provider data are read from. Every
 * command takes them the same way; left out, they come from the environment, then from {@code rules/} and
 * {@code data/} of the working directory, then from the set shipped inside the program.
 */
final class EngineOptions {

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "${env:CUSTODY_ADVISOR_RULES}",
            description = "Directory of .drl rule files (env CUSTODY_ADVISOR_RULES). Default: rules/ of the "
                    + "working directory when it holds rule files, else the rules shipped with the program.")
    Path rules;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:CUSTODY_ADVISOR_DATA}",
            description = "Directory holding providers.yaml, parameters.yaml, scoring.yaml and questions.yaml (env "
                    + "CUSTODY_ADVISOR_DATA). Default: data/ of the working directory when it holds providers.yaml, "
                    + "else the data shipped with the program.")
    Path data;

    /** The directories chosen. */
    RuleSources sources() {
        return RuleSources.resolve(rules, data);
    }

    /** Loads the rules and the catalogue, or prints every problem (file:line:column) and returns null. */
    Advisor load(PrintWriter err) {
        return load(sources(), err);
    }

    static Advisor load(RuleSources sources, PrintWriter err) {
        try {
            return AdvisorFactory.load(sources.rules().path(), sources.data().path());
        } catch (RuleSetException e) {
            err.println("the rule set in " + sources.rules().describe() + " cannot be used:");
            Problems.printRules(err, e.problems());
        } catch (CatalogException e) {
            err.println("the provider catalogue " + e.file() + " cannot be used:");
            Problems.print(err, e.file().toString(), e.problems());
        }
        return null;
    }
}
