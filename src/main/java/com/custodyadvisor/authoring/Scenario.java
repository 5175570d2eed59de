package com.custodyadvisor.authoring;

import com.custodyadvisor.catalog.Catalog;
import java.nio.file.Path;
import java.time.LocalDate;
import tools.jackson.databind.JsonNode;

/**
 * One scenario of a rule test file: a profile and what the advisory for it must (and must not) contain.
 *
 * @param file the scenario file
 * @param index 1-based position of the scenario in its file
 * @param line line where the scenario starts in its file
 * @param profile the profile as a tree (a file, an inline mapping or a fixture), after {@code patch} was
 *                applied; null when it could not be read
 * @param catalog the catalogue for this scenario (a test catalogue or a data directory), or null for the suite's
 * @param today the day the advisory is made on, or null for today
 * @param loadError why the profile could not be read, or null
 */
public record Scenario(Path file, int index, int line, String name, JsonNode profile, Catalog catalog, LocalDate today,
                       Expectations expect, String loadError) {

    /** "rules/tests/red-flags.yaml:12 (cyber-only custodian is flagged)". */
    public String label() {
        return file + ":" + line + " (" + name + ")";
    }
}
