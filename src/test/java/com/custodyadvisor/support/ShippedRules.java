package com.custodyadvisor.support;

import com.custodyadvisor.catalog.Catalog;
import com.custodyadvisor.catalog.CatalogException;
import com.custodyadvisor.catalog.CatalogLoader;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.engine.RuleSet;
import com.custodyadvisor.engine.RuleSetCompiler;
import com.custodyadvisor.engine.RuleSetException;
import com.custodyadvisor.profile.InvalidProfileException;
import com.custodyadvisor.profile.ProfileReader;
import com.custodyadvisor.profile.SubmittedProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shipped {@code rules/} and {@code data/}, compiled once per test JVM (compiling takes seconds).
 * Tests run from the project root, as the jar does.
 */
public final class ShippedRules {

    public static final Path RULES = Path.of("rules");
    public static final Path DATA = Path.of("data");
    public static final Path EXAMPLES = DATA.resolve("examples");

    private static RuleSet ruleSet;
    private static Catalog catalog;

    private ShippedRules() {
    }

    public static synchronized RuleSet ruleSet() {
        if (ruleSet == null) {
            try {
                ruleSet = RuleSetCompiler.compile(RULES, DATA);
            } catch (RuleSetException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
        return ruleSet;
    }

    public static synchronized Catalog catalog() {
        if (catalog == null) {
            try {
                catalog = CatalogLoader.load(DATA);
            } catch (CatalogException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
        return catalog;
    }

    public static Advisor advisor() {
        return new Advisor(ruleSet(), catalog());
    }

    /** Copies the shipped data files (catalogue, parameters, scoring and regime tables) into a directory, for rules of a test's own. */
    public static Path copyData(Path target) {
        try {
            Files.createDirectories(target);
            for (String file : List.of("providers.yaml", "parameters.yaml", "scoring.yaml", "regimes.yaml",
                    "questions.yaml", "levers.yaml")) {
                Files.copy(DATA.resolve(file), target.resolve(file));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a profile (YAML or JSON text) that a test expects to be valid. */
    public static SubmittedProfile profile(String text) {
        try {
            return new ProfileReader().read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (InvalidProfileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The file names of the shipped examples, sorted. */
    public static Stream<String> exampleNames() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList()
                    .stream();
        }
    }

    /** Reads one of data/examples by file name. */
    public static SubmittedProfile example(String fileName) {
        try {
            return profile(Files.readString(EXAMPLES.resolve(fileName)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
