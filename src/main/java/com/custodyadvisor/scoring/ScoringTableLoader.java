package com.custodyadvisor.scoring;

import com.custodyadvisor.catalog.Strength;
import com.custodyadvisor.document.DataFile;
import com.custodyadvisor.document.SchemaValidator;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Loads {@code scoring.yaml} from a data directory and checks it against its schema. */
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
        DataFile.Checked checked = DataFile.read(dataDir.resolve(FILE_NAME), SCHEMA, d -> List.of(),
                ScoringTableException::new);
        JsonNode t = checked.tree();
        JsonNode needs = t.get("needs");
        return new ScoringTable(t.get("cap").asInt(),
                new ScoringTable.NeedWeights(byStrength(needs.get("stated")), byStrength(needs.get("derived")),
                        needs.path("bonus").asBoolean(false)),
                step(t.get("bestFor")), step(t.get("tiers")), step(t.get("region")), checked.sha256());
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
}
