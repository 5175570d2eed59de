package com.custodyadvisor.catalog;

import com.custodyadvisor.document.DataFile;
import com.custodyadvisor.document.Document;
import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.document.Problem;
import com.custodyadvisor.document.SchemaValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Loads {@code providers.yaml} from a data directory and checks it: its shape against the catalogue
 * schema, then what a schema cannot check (unique ids and ranks, alternatives that name a provider, a
 * line size that gives a figure).
 */
public final class CatalogLoader {

    public static final String FILE_NAME = "providers.yaml";

    private static final SchemaValidator SCHEMA = SchemaValidator.fromResource("/schema/catalog.schema.json");

    private CatalogLoader() {
    }

    /**
     * Loads the catalogue of a data directory.
     *
     * @throws CatalogException naming the file, and for each problem its line and provider entry
     */
    public static Catalog load(Path dataDir) throws CatalogException {
        Path file = dataDir.resolve(FILE_NAME);
        return catalogOf(file, DataFile.read(file, SCHEMA, CatalogLoader::crossChecks, CatalogLoader::nameEntries,
                CatalogException::new));
    }

    /** Parses and checks catalogue text; {@code file} names it in errors. */
    public static Catalog parse(Path file, byte[] bytes) throws CatalogException {
        return catalogOf(file, DataFile.check(file, bytes, SCHEMA, CatalogLoader::crossChecks,
                CatalogLoader::nameEntries, CatalogException::new));
    }

    private static Catalog catalogOf(Path file, DataFile.Checked checked) throws CatalogException {
        try {
            CatalogFile parsed = Mappers.JSON.treeToValue(expandBestFor(checked.tree()), CatalogFile.class);
            return new Catalog(parsed.providers(), checked.sha256());
        } catch (JacksonException e) {
            throw new CatalogException(file, List.of(Problem.at("", "cannot read: " + e.getOriginalMessage())));
        }
    }

    private static List<Problem> crossChecks(Document document) {
        // a "providers" that is not a list is the schema's to report; the checks below read entries
        JsonNode providers = document.tree().path("providers");
        return providers.isArray() ? crossChecks(providers) : List.of();
    }

    private static List<Problem> crossChecks(JsonNode providers) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> firstById = new HashMap<>();
        Map<Integer, Integer> firstByRank = new HashMap<>();
        Set<String> ids = new java.util.HashSet<>();
        providers.forEach(p -> ids.add(p.path("id").asString("")));
        for (int i = 0; i < providers.size(); i++) {
            JsonNode p = providers.get(i);
            String id = p.path("id").asString("");
            Integer earlier = firstById.putIfAbsent(id, i);
            if (earlier != null && !id.isEmpty()) {
                problems.add(Problem.at("/providers/" + i + "/id", "duplicate id \"" + id + "\" (also entry "
                        + (earlier + 1) + ")"));
            }
            if (p.path("rank").isInt()) {
                Integer sameRank = firstByRank.putIfAbsent(p.get("rank").asInt(), i);
                if (sameRank != null) {
                    problems.add(Problem.at("/providers/" + i + "/rank", "rank " + p.get("rank").asInt()
                            + " is already taken by entry " + (sameRank + 1)));
                }
            }
            JsonNode lineSize = p.path("lineSize");
            if (lineSize.isObject() && !lineSize.has("minUsd") && !lineSize.has("typicalUsd") && !lineSize.has("maxUsd")
                    && !lineSize.has("maxUsdParameter")) {
                problems.add(Problem.at("/providers/" + i + "/lineSize", "gives no figure: give minUsd, typicalUsd or "
                        + "maxUsd as a source publishes it (or maxUsdParameter where data/parameters.yaml holds it), or "
                        + "leave lineSize out (the plan then says \"not published\")"));
            }
            if (lineSize.has("maxUsd") && lineSize.has("maxUsdParameter")) {
                problems.add(Problem.at("/providers/" + i + "/lineSize/maxUsd", "give maxUsd or maxUsdParameter, "
                        + "not both: the parameter is the one source of the figure"));
            }
            JsonNode alternatives = p.path("alternatives");
            for (int a = 0; a < (alternatives.isArray() ? alternatives.size() : 0); a++) {
                String alt = alternatives.get(a).asString("");
                if (alt.equals(id)) {
                    problems.add(Problem.at("/providers/" + i + "/alternatives/" + a,
                            "a provider cannot be its own alternative"));
                } else if (!ids.contains(alt)) {
                    problems.add(Problem.at("/providers/" + i + "/alternatives/" + a, "\"" + alt
                            + "\" names no provider; known ids: " + ids.stream().sorted()
                            .collect(Collectors.joining(", "))));
                }
            }
        }
        return problems;
    }

    /** Prefixes each problem inside a provider entry with that entry's id, so analysts find it fast. */
    private static List<Problem> nameEntries(Document document, List<Problem> problems) {
        JsonNode tree = document.tree();
        List<Problem> named = new ArrayList<>();
        for (Problem problem : problems) {
            String[] parts = problem.path().split("/");
            if (parts.length >= 3 && parts[1].equals("providers") && parts[2].matches("\\d+")) {
                int index = Integer.parseInt(parts[2]);
                String id = tree.path("providers").path(index).path("id").asString("");
                String entry = "entry " + (index + 1) + (id.isEmpty() ? "" : " (" + id + ")");
                named.add(new Problem(problem.path(), entry + ": " + problem.message(), problem.line(),
                        problem.column()));
            } else {
                named.add(problem);
            }
        }
        return named;
    }

    /** Rewrites each bare firm type in a "bestFor" list as {type: …}, the one form the model reads. */
    private static JsonNode expandBestFor(JsonNode tree) {
        JsonNode copy = tree.deepCopy();
        for (JsonNode provider : copy.path("providers")) {
            JsonNode bestFor = provider.path("bestFor");
            for (int i = 0; i < bestFor.size(); i++) {
                if (bestFor.get(i).isString()) {
                    ((ArrayNode) bestFor).set(i, Mappers.JSON.createObjectNode().put("type", bestFor.get(i).asString()));
                }
            }
        }
        return copy;
    }

    /** The file's top level. */
    record CatalogFile(List<Provider> providers) {
    }
}
