package com.custodyadvisor.http;

import com.custodyadvisor.catalog.CatalogException;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.engine.AdvisorFactory;
import com.custodyadvisor.engine.RuleSetException;
import com.custodyadvisor.support.ShippedRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Advisors for tests: the shipped rules (compiled once per test run: it takes seconds), or rules of a test's own. */
final class TestAdvisors {

    static final Path RULES = Path.of("rules");
    static final Path DATA = Path.of("data");

    private static Advisor shipped;

    private TestAdvisors() {
    }

    /** The rules and catalogue of the checkout, as {@code serve} loads them by default (compiled once per run). */
    static synchronized Advisor shipped() {
        if (shipped == null) {
            shipped = ShippedRules.advisor();
        }
        return shipped;
    }

    /**
     * An advisor on one rule file written into the directory, with the shipped catalogue. The text gets the
     * package, imports and the {@code advice} global every rule file declares.
     */
    static Advisor withRules(Path directory, String rules) {
        String header = """
                package custody.rules.test;

                import com.custodyadvisor.profile.*;

                global com.custodyadvisor.engine.Advice advice;

                """;
        try {
            Files.writeString(directory.resolve("test.drl"), header + rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return load(directory);
    }

    private static Advisor load(Path rules) {
        try {
            return AdvisorFactory.load(rules, DATA);
        } catch (RuleSetException | CatalogException e) {
            throw new IllegalStateException(e);
        }
    }
}
