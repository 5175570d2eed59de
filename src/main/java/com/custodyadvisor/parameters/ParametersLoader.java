package com.custodyadvisor.parameters;

import com.custodyadvisor.document.DataFile;
import com.custodyadvisor.document.Document;
import com.custodyadvisor.document.Problem;
import com.custodyadvisor.document.SchemaValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Loads {@code parameters.yaml} from a data directory: its shape against the schema, then unique names. */
public final class ParametersLoader {

    public static final String FILE_NAME = "parameters.yaml";

    private static final SchemaValidator SCHEMA = SchemaValidator.fromResource("/schema/parameters.schema.json");

    private ParametersLoader() {
    }

    /**
     * The parameters of a data directory.
     *
     * @throws ParametersException naming the file, and each problem with its line
     */
    public static Parameters load(Path dataDir) throws ParametersException {
        Path file = dataDir.resolve(FILE_NAME);
        DataFile.Checked checked = DataFile.read(file, SCHEMA, ParametersLoader::duplicates, ParametersException::new);
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode p : checked.tree().path("parameters")) {
            parameters.add(new Parameter(p.get("name").asString(), p.get("value").decimalValue(),
                    Unit.valueOf(p.get("unit").asString()), p.get("meaning").asString(), p.get("source").asString()));
        }
        return new Parameters(parameters, checked.sha256());
    }

    private static List<Problem> duplicates(Document document) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        JsonNode parameters = document.tree().path("parameters");
        for (int i = 0; i < parameters.size(); i++) {
            String name = parameters.get(i).path("name").asString("");
            Integer earlier = first.putIfAbsent(name, i);
            if (earlier != null && !name.isEmpty()) {
                problems.add(Problem.at("/parameters/" + i + "/name", "duplicate name \"" + name + "\" (also entry "
                        + (earlier + 1) + ")"));
            }
        }
        return problems;
    }
}
