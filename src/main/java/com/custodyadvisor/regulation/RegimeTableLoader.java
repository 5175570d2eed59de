package com.custodyadvisor.regulation;

import com.custodyadvisor.document.DataFile;
import com.custodyadvisor.document.Document;
import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.document.Problem;
import com.custodyadvisor.document.SchemaValidator;
import com.custodyadvisor.profile.Regions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Loads {@code regimes.yaml} from a data directory: its shape against the schema, then what a schema cannot say
 * (unique ids, one figure of a kind per regime, real country codes).
 */
public final class RegimeTableLoader {

    public static final String FILE_NAME = "regimes.yaml";

    private static final SchemaValidator SCHEMA = SchemaValidator.fromResource("/schema/regimes.schema.json");

    private RegimeTableLoader() {
    }

    /**
     * The regime table of a data directory.
     *
     * @throws RegimeTableException naming the file, and each problem with its line
     */
    public static RegimeTable load(Path dataDir) throws RegimeTableException {
        Path file = dataDir.resolve(FILE_NAME);
        DataFile.Checked checked = DataFile.read(file, SCHEMA, RegimeTableLoader::crossChecks,
                RegimeTableException::new);
        try {
            Map<Certainty, Weighing> certainty = new EnumMap<>(Certainty.class);
            for (Certainty c : Certainty.values()) {
                certainty.put(c, Mappers.JSON.treeToValue(checked.tree().path("certainty").get(c.name()),
                        Weighing.class));
            }
            List<Regime> regimes = new ArrayList<>();
            for (JsonNode r : checked.tree().path("regimes")) {
                regimes.add(Mappers.JSON.treeToValue(r, Regime.class));
            }
            return new RegimeTable(certainty, regimes, checked.sha256());
        } catch (JacksonException e) {
            throw new RegimeTableException(file, List.of(Problem.at("", "cannot read: " + e.getOriginalMessage())));
        }
    }

    private static List<Problem> crossChecks(Document document) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        JsonNode regimes = document.tree().path("regimes");
        for (int i = 0; regimes.isArray() && i < regimes.size(); i++) {
            JsonNode regime = regimes.get(i);
            String id = regime.path("id").asString("");
            Integer earlier = ids.putIfAbsent(id, i);
            if (earlier != null && !id.isEmpty()) {
                problems.add(Problem.at("/regimes/" + i + "/id", "duplicate id \"" + id + "\" (also entry "
                        + (earlier + 1) + ")"));
            }
            countries(regime, i, problems);
            kindsOnce(regime.path("figures"), "/regimes/" + i + "/figures/", problems);
        }
        return problems;
    }

    /** The jurisdiction and every country of appliesIn name real countries (EU aside). */
    private static void countries(JsonNode regime, int i, List<Problem> problems) {
        String jurisdiction = regime.path("jurisdiction").asString("");
        if (jurisdiction.matches("[A-Z]{2}(-.*)?") && !jurisdiction.equals("EU")
                && !Regions.isCountryCode(jurisdiction.substring(0, 2))) {
            problems.add(Problem.at("/regimes/" + i + "/jurisdiction", "\"" + jurisdiction + "\" does not name an "
                    + "ISO 3166-1 country (or EU)"));
        }
        JsonNode in = regime.path("appliesIn");
        for (int j = 0; in.isArray() && j < in.size(); j++) {
            String code = in.get(j).asString("");
            if (code.matches("[A-Z]{2}") && !Regions.isCountryCode(code)) {
                problems.add(Problem.at("/regimes/" + i + "/appliesIn/" + j, "\"" + code + "\" is not an ISO 3166-1 "
                        + "alpha-2 country code"));
            }
        }
    }

    /** A regime gives each kind of figure once: two floors of one kind would contradict each other. */
    private static void kindsOnce(JsonNode figures, String prefix, List<Problem> problems) {
        Map<String, Integer> kinds = new HashMap<>();
        for (int j = 0; figures.isArray() && j < figures.size(); j++) {
            String kind = figures.get(j).path("kind").asString("");
            Integer earlier = kinds.putIfAbsent(kind, j);
            if (earlier != null && !kind.isEmpty()) {
                problems.add(Problem.at(prefix + j + "/kind", "a second " + kind + " figure (also figure "
                        + (earlier + 1) + "): give each kind once per regime"));
            }
        }
    }
}
