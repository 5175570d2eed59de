package com.custodyadvisor.authoring;

import com.custodyadvisor.catalog.Catalog;
import com.custodyadvisor.catalog.CatalogException;
import com.custodyadvisor.catalog.CatalogLoader;
import com.custodyadvisor.document.Document;
import com.custodyadvisor.document.InvalidDocumentException;
import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.document.Problem;
import com.custodyadvisor.document.SchemaValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads scenario files ({@code *.yaml} under a tests directory). A file holds one scenario, or several
 * separated by {@code ---} lines. A malformed scenario is reported with its file and line, and the
 * others still run.
 */
public final class ScenarioLoader {

    private static final SchemaValidator SCHEMA = SchemaValidator.fromResource("/schema/scenario.schema.json");

    private final Fixtures fixtures;
    private final Map<Path, Catalog> dataDirs = new HashMap<>();

    private ScenarioLoader(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    /** Every scenario file under the directory, in path order. */
    public static List<Path> files(Path testsDir) throws IOException {
        if (!Files.isDirectory(testsDir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(testsDir)) {
            return walk.filter(p -> Files.isRegularFile(p) && (p.toString().endsWith(".yaml")
                    || p.toString().endsWith(".yml"))).filter(p -> !isDataFile(p)).sorted().toList();
        }
    }

    /** Fixtures and catalogues kept beside scenarios (e.g. tests/data/x/providers.yaml) are data, not scenarios. */
    private static boolean isDataFile(Path p) {
        String name = p.getFileName().toString();
        return name.equals("providers.yaml") || name.equals(Fixtures.FILE_NAME);
    }

    /** Every scenario in the directory's files, with the fixtures of its {@code fixtures.yaml}. */
    public static List<Scenario> loadAll(Path testsDir) throws IOException {
        ScenarioLoader loader = new ScenarioLoader(Fixtures.in(testsDir));
        List<Scenario> all = new ArrayList<>();
        for (Path file : files(testsDir)) {
            all.addAll(loader.scenariosOf(file));
        }
        return all;
    }

    /** The scenarios of one file, with the fixtures of the {@code fixtures.yaml} beside it. */
    public static List<Scenario> load(Path file) throws IOException {
        return new ScenarioLoader(Fixtures.in(file.toAbsolutePath().getParent())).scenariosOf(file);
    }

    private List<Scenario> scenariosOf(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Scenario> scenarios = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).strip().equals("---")) {
                String chunk = String.join("\n", lines.subList(start, i));
                if (hasContent(chunk)) {
                    scenarios.add(parse(file, scenarios.size() + 1, start, chunk));
                }
                start = i + 1;
            }
        }
        return scenarios;
    }

    private static boolean hasContent(String chunk) {
        return chunk.lines().anyMatch(l -> !l.isBlank() && !l.strip().startsWith("#"));
    }

    private Scenario parse(Path file, int index, int lineOffset, String chunk) {
        int firstLine = lineOffset + 1 + (int) chunk.lines().takeWhile(l -> l.isBlank() || l.strip().startsWith("#"))
                .count();
        String fallbackName = "scenario " + index;
        Document document;
        try {
            document = Document.parse(chunk.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidDocumentException e) {
            return broken(file, index, firstLine, fallbackName, describe(e.problems(), lineOffset));
        }
        JsonNode tree = document.tree();
        String name = tree.path("name").isString() ? tree.get("name").asString() : fallbackName;
        List<Problem> problems = SCHEMA.validate(tree);
        if (!problems.isEmpty()) {
            return broken(file, index, firstLine, name, describe(document.locate(problems), lineOffset));
        }
        Expectations expect;
        try {
            expect = Mappers.JSON.treeToValue(tree.get("expect"), Expectations.class);
        } catch (JacksonException e) {
            return broken(file, index, firstLine, name, "expect: " + e.getOriginalMessage());
        }
        Path base = file.toAbsolutePath().getParent();
        JsonNode profile;
        Catalog catalog;
        try {
            profile = tree.has("base") ? fixtures.profile(tree.get("base").asString())
                    : Fixtures.readRelativeTo(base, tree.get("profile"), "/profile");
            profile = fixtures.patch(profile, tree.get("patch"), "/patch");
            catalog = tree.has("catalogue") ? fixtures.catalogue(tree.get("catalogue").asString())
                    : tree.has("data") ? dataDir(base.resolve(tree.get("data").asString()).normalize()) : null;
        } catch (Fixtures.FixtureException e) {
            Problem p = e.problem();
            int[] at = p.path().isEmpty() ? null : document.positionOf(p.path());
            String where = at == null ? "" : "line " + (at[0] + lineOffset) + ": ";
            return broken(file, index, firstLine, name, where + (p.path().isEmpty() ? "" : p.path() + ": ")
                    + p.message());
        }
        LocalDate today = tree.has("today") ? LocalDate.parse(tree.get("today").asString()) : null;
        return new Scenario(file, index, firstLine, name, profile, catalog, today, expect, null);
    }

    /** A catalogue directory named by {@code data:}, loaded once. */
    private Catalog dataDir(Path dir) throws Fixtures.FixtureException {
        Catalog cached = dataDirs.get(dir);
        if (cached == null) {
            try {
                cached = CatalogLoader.load(dir);
            } catch (CatalogException e) {
                throw new Fixtures.FixtureException("/data", e.getMessage().replace('\n', ' '));
            }
            dataDirs.put(dir, cached);
        }
        return cached;
    }

    private static Scenario broken(Path file, int index, int line, String name, String why) {
        return new Scenario(file, index, line, name, null, null, null, Expectations.none(), why);
    }

    private static String describe(List<Problem> problems, int lineOffset) {
        List<String> parts = new ArrayList<>();
        for (Problem p : problems) {
            Problem shifted = p.line() == null ? p : p.withPosition(p.line() + lineOffset, p.column());
            parts.add(shifted.describe());
        }
        return String.join("; ", parts);
    }
}
