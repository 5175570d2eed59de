package com.custodyadvisor.cli;

import com.custodyadvisor.catalog.CatalogException;
import com.custodyadvisor.distribution.RuleSources;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.engine.AdvisorFactory;
import com.custodyadvisor.engine.RuleSetException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
            description = "Directory holding providers.yaml, parameters.yaml, scoring.yaml, regimes.yaml, questions.yaml "
                    + "and levers.yaml (env CUSTODY_ADVISOR_DATA). Default: data/ of the working directory when it holds providers.yaml, "
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

    /**
     * Starts loading the rules and the catalogue on a thread of their own, so a command reads its input
     * meanwhile; problems are printed when the advisor is asked for.
     */
    static Loading loadInBackground(RuleSources sources) {
        StringWriter problems = new StringWriter();
        CompletableFuture<Advisor> advisor = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try (PrintWriter err = new PrintWriter(problems)) {
                advisor.complete(load(sources, err));
            } catch (Throwable e) {
                advisor.completeExceptionally(e);
            }
        }, "load-rules");
        thread.setDaemon(true);
        thread.start();
        return new Loading(advisor, problems);
    }

    /** Rules and catalogue on their way: {@link #advisor} waits for them. */
    static final class Loading {

        private final CompletableFuture<Advisor> advisor;
        private final StringWriter problems;

        private Loading(CompletableFuture<Advisor> advisor, StringWriter problems) {
            this.advisor = advisor;
            this.problems = problems;
        }

        /** The advisor, or null once every problem is printed (file:line:column). */
        Advisor advisor(PrintWriter err) {
            Advisor loaded;
            try {
                loaded = advisor.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            if (loaded == null) {
                err.print(problems);
                err.flush();
            }
            return loaded;
        }
    }

    /**
     * The deadline of one advisory in a command-line run. A fresh JVM spends seconds loading classes and
     * warming up on its first advisory, more on a loaded machine, and the service's deadline (sized for a warm
     * JVM) would fail a run that is only slow; here the deadline only has to stop a rule that never ends.
     * {@code serve} sets its own.
     */
    static final Duration COMMAND_LINE_TIMEOUT = Duration.ofSeconds(60);

    static Advisor load(RuleSources sources, PrintWriter err) {
        try {
            return AdvisorFactory.load(sources.rules().path(), sources.data().path()).withTimeout(COMMAND_LINE_TIMEOUT);
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
