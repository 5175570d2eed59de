package com.custodyadvisor.authoring;

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
import java.util.List;
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

    private ScenarioLoader() {
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

    /** Catalogues kept beside scenarios (e.g. tests/data/x/providers.yaml) are data, not scenarios. */
    private static boolean isDataFile(Path p) {
        return p.getFileName().toString().equals("providers.yaml");
    }

    /** Every scenario in the directory's files. */
    public static List<Scenario> loadAll(Path testsDir) throws IOException {
        List<Scenario> all = new ArrayList<>();
        for (Path file : files(testsDir)) {
            all.addAll(load(file));
        }
        return all;
    }

    /** The scenarios of one file. */
    public static List<Scenario> load(Path file) throws IOException {
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

    private static Scenario parse(Path file, int index, int lineOffset, String chunk) {
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
        JsonNode profileRef = tree.get("profile");
        if (profileRef.isString()) {
            Path profileFile = base.resolve(profileRef.asString()).normalize();
            try {
                profile = Document.parse(Files.readAllBytes(profileFile)).tree();
            } catch (IOException e) {
                return broken(file, index, firstLine, name, "profile file not found: " + relative(profileFile));
            } catch (InvalidDocumentException e) {
                return broken(file, index, firstLine, name, "profile " + relative(profileFile) + " is malformed: "
                        + describe(e.problems(), 0));
            }
        } else {
            profile = profileRef;
        }
        profile = MergePatch.apply(profile, tree.get("patch"));
        Path dataDir = tree.has("data") ? base.resolve(tree.get("data").asString()).normalize() : null;
        LocalDate today = tree.has("today") ? LocalDate.parse(tree.get("today").asString()) : null;
        return new Scenario(file, index, firstLine, name, profile, dataDir, today, expect, null);
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

    private static String relative(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
    }
}
