package com.custodyadvisor.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Which rules and which data a command works on. A directory given (option or environment variable) is
 * used as it is; otherwise {@code rules/} and {@code data/} of the working directory when they hold rule
 * files and a catalogue (a checkout of the project); otherwise the set shipped inside the program.
 *
 * @param rules where the {@code .drl} files are
 * @param data where {@code providers.yaml} (and the rest of the data) is
 */
public record RuleSources(Source rules, Source data) {

    static final String CATALOGUE = "providers.yaml";

    /** How a directory was chosen: it says, in outputs, which set is in use. */
    public enum Origin {
        /** given with an option or environment variable */
        GIVEN,
        /** rules/ or data/ of the working directory */
        WORKING_DIRECTORY,
        /** shipped inside the program */
        SHIPPED
    }

    /** One directory and how it was chosen. */
    public record Source(Path path, Origin origin) {

        public boolean shipped() {
            return origin == Origin.SHIPPED;
        }

        /** For people: "shipped with custody-advisor 1.0.0", "rules/ in the working directory" or the path. */
        public String describe() {
            return switch (origin) {
                case SHIPPED -> "shipped with custody-advisor " + BuildInfo.version();
                case WORKING_DIRECTORY -> path + "/ in the working directory";
                case GIVEN -> path.toString();
            };
        }
    }

    /**
     * Chooses both directories.
     *
     * @param rules the rules directory given, or null
     * @param data the data directory given, or null
     */
    public static RuleSources resolve(Path rules, Path data) {
        return resolve(rules, data, Path.of(""));
    }

    /** As {@link #resolve(Path, Path)}, with {@code rules/} and {@code data/} looked for in {@code workingDir}. */
    static RuleSources resolve(Path rules, Path data, Path workingDir) {
        return new RuleSources(
                choose(rules, workingDir.resolve("rules"), RuleSources::holdsRules, ShippedFiles::rules),
                choose(data, workingDir.resolve("data"), dir -> Files.isRegularFile(dir.resolve(CATALOGUE)),
                        ShippedFiles::data));
    }

    private static Source choose(Path given, Path working, Predicate<Path> usable, Supplier<Path> shipped) {
        if (given != null) {
            return new Source(given, Origin.GIVEN);
        }
        if (usable.test(working)) {
            return new Source(working, Origin.WORKING_DIRECTORY);
        }
        return new Source(shipped.get(), Origin.SHIPPED);
    }

    /** A directory that holds at least one rule file (a rules/ of something else is not taken for ours). */
    private static boolean holdsRules(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".drl"));
        } catch (IOException e) {
            return false;
        }
    }
}
