package com.custodyadvisor.cli;

import com.custodyadvisor.catalog.CatalogException;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.engine.AdvisorFactory;
import com.custodyadvisor.engine.RuleSetException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the rules and the provider data are read from; shared by every command that runs the engine. */
final class EngineOptions {

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "${env:CUSTODY_ADVISOR_RULES:-rules}",
            description = "Directory of .drl rule files (default: ${DEFAULT-VALUE}; env CUSTODY_ADVISOR_RULES).")
    Path rules;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:CUSTODY_ADVISOR_DATA:-data}",
            description = "Directory holding providers.yaml, parameters.yaml and scoring.yaml (default: ${DEFAULT-VALUE}; env CUSTODY_ADVISOR_DATA).")
    Path data;

    /** Loads the rules and the catalogue, or prints every problem (file:line:column) and returns null. */
    Advisor load(PrintWriter err) {
        return load(rules, data, err);
    }

    static Advisor load(Path rules, Path data, PrintWriter err) {
        try {
            return AdvisorFactory.load(rules, data);
        } catch (RuleSetException e) {
            err.println("the rule set in " + rules + " cannot be used:");
            Problems.printRules(err, e.problems());
        } catch (CatalogException e) {
            err.println("the provider catalogue " + e.file() + " cannot be used:");
            Problems.print(err, e.file().toString(), e.problems());
        }
        return null;
    }
}
