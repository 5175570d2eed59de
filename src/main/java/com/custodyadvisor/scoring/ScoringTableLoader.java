package com.custodyadvisor.scoring;

import com.custodyadvisor.catalog.ProviderRole;
import com.custodyadvisor.catalog.Strength;
import com.custodyadvisor.document.DataFile;
import com.custodyadvisor.document.Document;
import com.custodyadvisor.document.Problem;
import com.custodyadvisor.document.SchemaValidator;
import com.custodyadvisor.profile.Need;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Loads {@code scoring.yaml} from a data directory and checks it: its shape against its schema, then what a
 * schema cannot say (unique ids, a reason kind in one standing only, every provider role in exactly one
 * step of the approach, steps naming standings that exist).
 */
public final class ScoringTableLoader {

    public static final String FILE_NAME = "scoring.yaml";

    private static final SchemaValidator SCHEMA = SchemaValidator.fromResource("/schema/scoring.schema.json");

    private ScoringTableLoader() {
    }

    /**
     * The scoring table of a data directory.
     *
     * @throws ScoringTableException naming the file, and each problem with its line
     */
    public static ScoringTable load(Path dataDir) throws ScoringTableException {
        DataFile.Checked checked = DataFile.read(dataDir.resolve(FILE_NAME), SCHEMA, ScoringTableLoader::crossChecks,
                ScoringTableException::new);
        JsonNode t = checked.tree();
        JsonNode needs = t.get("needs");
        return new ScoringTable(t.get("cap").asInt(),
                new ScoringTable.NeedWeights(byStrength(needs.get("stated")), byStrength(needs.get("derived")),
                        needs.path("bonus").asBoolean(false)),
                step(t.get("bestFor")), step(t.get("tiers")), step(t.get("region")),
                list(t.get("standings"), ScoringTableLoader::standing), approach(t.get("approach")),
                checked.sha256());
    }

    private static Map<Strength, Integer> byStrength(JsonNode weights) {
        Map<Strength, Integer> map = new EnumMap<>(Strength.class);
        for (Strength s : Strength.values()) {
            map.put(s, weights.get(s.name()).asInt());
        }
        return map;
    }

    private static ScoringTable.Step step(JsonNode step) {
        return new ScoringTable.Step(step.get("weight").asInt(), step.path("bonus").asBoolean(false));
    }

    private static ScoringTable.Standing standing(JsonNode s) {
        return new ScoringTable.Standing(s.get("id").asString(), s.get("label").asString(),
                names(s.get("reasons"), ReasonKind::valueOf));
    }

    private static ScoringTable.Approach approach(JsonNode a) {
        return new ScoringTable.Approach(list(a.get("orders"), n -> Need.valueOf(n.asString())),
                list(a.get("steps"), s -> new ScoringTable.ApproachStep(s.get("id").asString(),
                        s.get("title").asString(), s.get("does").asString(), names(s.get("roles"), ProviderRole::valueOf),
                        names(s.path("standings"), Function.identity()))));
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> read) {
        List<T> items = new ArrayList<>();
        array.forEach(n -> items.add(read.apply(n)));
        return items;
    }

    private static <T> Set<T> names(JsonNode array, Function<String, T> read) {
        Set<T> items = new LinkedHashSet<>();
        array.forEach(n -> items.add(read.apply(n.asString())));
        return items;
    }

    /** What the schema cannot check; reads with {@code path()}, since it also runs on trees the schema rejected. */
    private static List<Problem> crossChecks(Document document) {
        JsonNode t = document.tree();
        List<Problem> problems = new ArrayList<>();
        Set<String> standingIds = new HashSet<>();
        Map<String, String> standingOfKind = new HashMap<>();
        JsonNode standings = t.path("standings");
        for (int i = 0; i < standings.size(); i++) {
            String id = standings.get(i).path("id").asString("");
            if (!standingIds.add(id)) {
                problems.add(Problem.at("/standings/" + i + "/id", "duplicate standing \"" + id + "\""));
            }
            JsonNode reasons = standings.get(i).path("reasons");
            for (int r = 0; r < reasons.size(); r++) {
                String earlier = standingOfKind.putIfAbsent(reasons.get(r).asString(""), id);
                if (earlier != null) {
                    problems.add(Problem.at("/standings/" + i + "/reasons/" + r, reasons.get(r).asString("")
                            + " is already listed by standing " + earlier));
                }
            }
        }
        Map<String, String> stepOfRole = new HashMap<>();
        Set<String> stepIds = new HashSet<>();
        JsonNode steps = t.path("approach").path("steps");
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            String id = step.path("id").asString("");
            if (!stepIds.add(id)) {
                problems.add(Problem.at("/approach/steps/" + i + "/id", "duplicate step \"" + id + "\""));
            }
            JsonNode roles = step.path("roles");
            for (int r = 0; r < roles.size(); r++) {
                String earlier = stepOfRole.putIfAbsent(roles.get(r).asString(""), id);
                if (earlier != null) {
                    problems.add(Problem.at("/approach/steps/" + i + "/roles/" + r, roles.get(r).asString("")
                            + " is already taken by step " + earlier + "; a role takes one step"));
                }
            }
            JsonNode named = step.path("standings");
            for (int s = 0; s < named.size(); s++) {
                if (!standingIds.contains(named.get(s).asString(""))) {
                    problems.add(Problem.at("/approach/steps/" + i + "/standings/" + s, "\"" + named.get(s).asString("")
                            + "\" names no standing; known: " + String.join(", ", standingIds.stream().sorted().toList())));
                }
            }
        }
        if (steps.isArray() && !steps.isEmpty()) {
            for (ProviderRole role : ProviderRole.values()) {
                if (!stepOfRole.containsKey(role.name())) {
                    problems.add(Problem.at("/approach/steps", "no step takes " + role
                            + ": a provider of that role would have no place in the plan"));
                }
            }
        }
        return problems;
    }
}
