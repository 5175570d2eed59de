package com.custodyadvisor.improvement;

import com.custodyadvisor.advisory.ActionOwner;
import com.custodyadvisor.advisory.Effort;
import com.custodyadvisor.document.DataFile;
import com.custodyadvisor.document.Document;
import com.custodyadvisor.document.Problem;
import com.custodyadvisor.document.SchemaValidator;
import com.custodyadvisor.parameters.Parameters;
import com.custodyadvisor.parameters.Unit;
import com.custodyadvisor.profile.Peril;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Loads {@code levers.yaml} from a data directory and checks it: its shape against its schema, then what a schema
 * cannot say (unique ids, placeholders the mechanic fills, parameters that exist in the right unit, perils that
 * exist). Whether each finding id is one the rules make is checked with the rules ({@code rules validate}).
 */
public final class LeversLoader {

    public static final String FILE_NAME = "levers.yaml";

    private static final SchemaValidator SCHEMA = SchemaValidator.fromResource("/schema/levers.schema.json");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    /** The settings that name a parameter, and the unit it must be in. */
    private static final Map<String, Unit> PARAMETER_SETTINGS = Map.of("share", Unit.RATIO, "cap", Unit.USD);

    private LeversLoader() {
    }

    /**
     * The levers of a data directory.
     *
     * @param parameters the parameters the levers name, to check them; null when they could not be read (their
     *                   own problems are reported)
     * @throws LeversException naming the file, and each problem with its line
     */
    public static Levers load(Path dataDir, Parameters parameters) throws LeversException {
        Path file = dataDir.resolve(FILE_NAME);
        DataFile.Checked checked = DataFile.read(file, SCHEMA, document -> crossChecks(document, parameters),
                LeversException::new);
        List<Lever> levers = new ArrayList<>();
        for (JsonNode l : checked.tree().get("levers")) {
            List<String> addresses = new ArrayList<>();
            l.get("addresses").forEach(a -> addresses.add(a.asString()));
            Mechanic mechanic = Mechanic.named(l.get("patch").get("mechanic").asString()).orElseThrow();
            levers.add(new Lever(l.get("id").asString(), l.get("title").asString(),
                    ActionOwner.valueOf(l.get("owner").asString()), Effort.valueOf(l.get("effort").asString()),
                    addresses, l.get("change").asString(), mechanic, l.get("patch")));
        }
        Map<String, String> notClearable = new LinkedHashMap<>();
        checked.tree().get("notClearable").forEach(n -> notClearable.put(n.get("finding").asString(),
                n.get("reason").asString()));
        return new Levers(levers, notClearable, file, checked.document(), checked.sha256());
    }

    private static List<Problem> crossChecks(Document document, Parameters parameters) {
        List<Problem> problems = new ArrayList<>();
        JsonNode levers = document.tree().path("levers");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < levers.size(); i++) {
            JsonNode lever = levers.get(i);
            String at = "/levers/" + i;
            String id = lever.path("id").asString("");
            if (!id.isEmpty() && !ids.add(id)) {
                problems.add(Problem.at(at + "/id", "duplicate lever id \"" + id + "\""));
            }
            JsonNode patch = lever.path("patch");
            Mechanic.named(patch.path("mechanic").asString("")).ifPresent(mechanic -> {
                Matcher m = PLACEHOLDER.matcher(lever.path("change").asString(""));
                while (m.find()) {
                    if (!mechanic.fills().contains(m.group(1))) {
                        problems.add(Problem.at(at + "/change", "{" + m.group(1) + "} is not filled by mechanic "
                                + mechanic.dataName() + " (it fills " + String.join(", ",
                                mechanic.fills().stream().sorted().map(f -> "{" + f + "}").toList()) + ")"));
                    }
                }
            });
            PARAMETER_SETTINGS.forEach((setting, unit) -> {
                JsonNode name = patch.path(setting);
                if (parameters != null && name.isString()) {
                    String wrong = parameters.find(name.asString())
                            .map(p -> p.unit() == unit ? "" : "is in " + p.unit() + ", not " + unit)
                            .orElse("is not in parameters.yaml");
                    if (!wrong.isEmpty()) {
                        problems.add(Problem.at(at + "/patch/" + setting, "parameter \"" + name.asString() + "\" "
                                + wrong));
                    }
                }
            });
            JsonNode peril = patch.path("peril");
            if (peril.isString() && Arrays.stream(Peril.values()).noneMatch(p -> p.name().equals(peril.asString()))) {
                problems.add(Problem.at(at + "/patch/peril", "unknown peril \"" + peril.asString() + "\" (one of "
                        + Arrays.toString(Peril.values()) + ")"));
            }
            for (String pointer : patch.path("values").propertyNames()) {
                if (pointer.contains("*") && !pointer.matches("(/[^/*]+)+/\\*(/[^/*]+)+")) {
                    problems.add(Problem.at(at + "/patch/values", "\"" + pointer + "\": a * stands for one whole "
                            + "segment, between a list and a field of its items (/wallets/*/keyScheme)"));
                }
            }
        }
        Set<String> findings = new HashSet<>();
        JsonNode notClearable = document.tree().path("notClearable");
        for (int i = 0; i < notClearable.size(); i++) {
            String finding = notClearable.get(i).path("finding").asString("");
            if (!finding.isEmpty() && !findings.add(finding)) {
                problems.add(Problem.at("/notClearable/" + i + "/finding", "finding \"" + finding
                        + "\" is listed twice"));
            }
        }
        return problems;
    }
}
