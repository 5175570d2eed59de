package com.custodyadvisor.authoring;

import com.custodyadvisor.catalog.Catalog;
import com.custodyadvisor.catalog.CatalogException;
import com.custodyadvisor.catalog.CatalogLoader;
import com.custodyadvisor.document.Document;
import com.custodyadvisor.document.InvalidDocumentException;
import com.custodyadvisor.document.JsonPatch;
import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.document.MergePatch;
import com.custodyadvisor.document.Problem;
import com.custodyadvisor.document.SchemaValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What scenario files share, from {@code fixtures.yaml} beside them: named base profiles, named values
 * (a policy, a wallet) for patches to add, and named test catalogues, each a patch on a shipped file. A
 * scenario says {@code base: well-run} and patches only what differs; a patch operation says
 * {@code fixture: cyber-policy} where it would say {@code value: …}.
 */
final class Fixtures {

    static final String FILE_NAME = "fixtures.yaml";
    private static final SchemaValidator SCHEMA = SchemaValidator.fromResource("/schema/fixtures.schema.json");

    /** A fixture or patch that cannot be used: why, and where (a JSON Pointer into the file it came from). */
    static final class FixtureException extends Exception {

        private final transient Problem problem;

        FixtureException(String path, String message) {
            super(message);
            this.problem = Problem.at(path, message);
        }

        Problem problem() {
            return problem;
        }
    }

    private final Path file;
    private final JsonNode tree;
    private final String loadError;
    private final Map<String, JsonNode> profiles = new HashMap<>();
    private final Map<String, Catalog> catalogues = new HashMap<>();

    private Fixtures(Path file, JsonNode tree, String loadError) {
        this.file = file;
        this.tree = tree;
        this.loadError = loadError;
    }

    /** The fixtures of a tests directory; none when it has no fixtures file. */
    static Fixtures in(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return new Fixtures(file, Mappers.JSON.createObjectNode(), null);
        }
        try {
            Document document = Document.parse(Files.readAllBytes(file));
            List<Problem> problems = document.locate(SCHEMA.validate(document.tree()));
            return problems.isEmpty() ? new Fixtures(file, document.tree(), null)
                    : new Fixtures(file, Mappers.JSON.createObjectNode(), describe(problems));
        } catch (IOException e) {
            return new Fixtures(file, Mappers.JSON.createObjectNode(), "cannot read: " + e.getMessage());
        } catch (InvalidDocumentException e) {
            return new Fixtures(file, Mappers.JSON.createObjectNode(), describe(e.problems()));
        }
    }

    /** A named base profile, its own patch applied. */
    JsonNode profile(String name) throws FixtureException {
        return profile(name, new LinkedHashSet<>());
    }

    private JsonNode profile(String name, Set<String> resolving) throws FixtureException {
        checkLoaded();
        JsonNode cached = profiles.get(name);
        if (cached != null) {
            return cached;
        }
        JsonNode entry = named("profiles", name);
        if (!resolving.add(name)) {
            throw new FixtureException("", "profiles refer to each other in a circle: " + String.join(" -> ", resolving)
                    + " -> " + name);
        }
        JsonNode base = entry.has("base") ? profile(entry.get("base").asString(), resolving)
                : read(entry.get("profile"), "/profiles/" + name + "/profile");
        JsonNode resolved = patch(base, entry.get("patch"), "/profiles/" + name + "/patch");
        profiles.put(name, resolved);
        return resolved;
    }

    /** A named test catalogue: a catalogue file with a patch applied, checked like any catalogue. */
    Catalog catalogue(String name) throws FixtureException {
        checkLoaded();
        Catalog cached = catalogues.get(name);
        if (cached != null) {
            return cached;
        }
        JsonNode entry = named("catalogues", name);
        String at = "/catalogues/" + name;
        JsonNode catalogue = patch(read(entry.get("catalogue"), at + "/catalogue"), entry.get("patch"), at + "/patch");
        try {
            Catalog loaded = CatalogLoader.parse(Path.of(file + " (catalogue " + name + ")"),
                    Mappers.JSON.writeValueAsBytes(catalogue));
            catalogues.put(name, loaded);
            return loaded;
        } catch (CatalogException e) {
            throw new FixtureException(at, "catalogue " + name + " is invalid: " + describe(e.problems()));
        }
    }

    /**
     * The document with a patch applied: a mapping is a JSON Merge Patch (RFC 7386), a list a JSON Patch
     * (RFC 6902) whose operations may name a fixture value ({@code fixture: name}) instead of giving one.
     *
     * @param at where the patch is, for problems ("/patch")
     */
    JsonNode patch(JsonNode document, JsonNode patch, String at) throws FixtureException {
        if (patch == null || patch.isNull()) {
            return document;
        }
        if (patch.isObject()) {
            return MergePatch.apply(document, patch);
        }
        ArrayNode operations = Mappers.JSON.createArrayNode();
        for (int i = 0; i < patch.size(); i++) {
            JsonNode op = patch.get(i);
            if (op.has("fixture")) {
                ObjectNode resolved = (ObjectNode) op.deepCopy();
                resolved.remove("fixture");
                resolved.set("value", value(op.get("fixture").asString(), at + "/" + i + "/fixture"));
                op = resolved;
            }
            operations.add(op);
        }
        try {
            return JsonPatch.apply(document, operations);
        } catch (InvalidDocumentException e) {
            Problem p = e.problems().get(0);
            throw new FixtureException(at + p.path(), p.message());
        }
    }

    private JsonNode value(String name, String at) throws FixtureException {
        checkLoaded();
        JsonNode value = tree.path("values").get(name);
        if (value == null) {
            throw new FixtureException(at, "no value \"" + name + "\" in " + file + known("values"));
        }
        return value.deepCopy();
    }

    private JsonNode named(String section, String name) throws FixtureException {
        JsonNode entry = tree.path(section).get(name);
        if (entry == null) {
            throw new FixtureException("", "no " + section.replaceAll("s$", "") + " \"" + name + "\" in " + file
                    + known(section));
        }
        return entry;
    }

    private String known(String section) {
        List<String> names = new ArrayList<>();
        tree.path(section).propertyNames().forEach(names::add);
        return names.isEmpty() ? "" : " (known: " + String.join(", ", names) + ")";
    }

    /** A profile or catalogue: a file relative to the fixtures file, or the mapping itself. */
    private JsonNode read(JsonNode ref, String at) throws FixtureException {
        return readRelativeTo(file.toAbsolutePath().getParent(), ref, at);
    }

    static JsonNode readRelativeTo(Path directory, JsonNode ref, String at) throws FixtureException {
        if (!ref.isString()) {
            return ref;
        }
        Path target = directory.resolve(ref.asString()).normalize();
        try {
            return Document.parse(Files.readAllBytes(target)).tree();
        } catch (NoSuchFileException e) {
            throw new FixtureException(at, "file not found: " + relative(target));
        } catch (IOException e) {
            throw new FixtureException(at, "cannot read " + relative(target) + ": " + e.getMessage());
        } catch (InvalidDocumentException e) {
            throw new FixtureException(at, relative(target) + " is malformed: " + describe(e.problems()));
        }
    }

    private void checkLoaded() throws FixtureException {
        if (loadError != null) {
            throw new FixtureException("", file + " cannot be used: " + loadError);
        }
    }

    static String describe(List<Problem> problems) {
        return String.join("; ", problems.stream().map(Problem::describe).toList());
    }

    static String relative(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
    }
}
