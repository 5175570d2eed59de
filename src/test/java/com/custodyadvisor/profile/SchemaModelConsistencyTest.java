package com.custodyadvisor.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * The profile's JSON Schema (the one description clients, the CLI and the HTTP API share) and the Java
 * model it is read into stay in step: walking from {@link Profile}, every record component is a schema
 * property and every schema property a record component (under its JSON name), with a matching type, and
 * every enum has the schema's values.
 */
class SchemaModelConsistencyTest {

    private final JsonNode schema = new ProfileReader().schema().schemaNode();

    @Test
    void schemaAndModelDescribeTheSameProfile() {
        List<String> mismatches = new ArrayList<>();
        Set<Class<?>> visited = new LinkedHashSet<>();

        compareRecord(Profile.class, schema, "", mismatches, visited);

        assertThat(mismatches).isEmpty();
        assertThat(visited).contains(Profile.class, Firm.class, Holdings.class, Wallet.class, KeyManagement.class,
                Controls.class, Activities.class, Insurance.class, Policy.class, Waiver.class, Operations.class,
                Licence.class, AssetAmount.class, KeyHolder.class, KeyBackups.class, AssuranceReport.class,
                ProofOfReserve.class, IncidentReporting.class, SubCustodian.class, LossEvent.class,
                RequestedCover.class, CompensationArrangement.class, ApprovalBand.class);
    }

    @Test
    void everyEnumDefinitionIsAModelEnum() {
        Map<String, Class<? extends Enum<?>>> models = Map.ofEntries(Map.entry("FirmType", FirmType.class),
                Map.entry("Region", Region.class), Map.entry("Tier", Tier.class),
                Map.entry("KeyScheme", KeyScheme.class), Map.entry("Soc2Report", Soc2Report.class),
                Map.entry("PolicyLine", PolicyLine.class), Map.entry("Peril", Peril.class),
                Map.entry("PolicyBasis", PolicyBasis.class), Map.entry("Need", Need.class),
                Map.entry("LicenceKind", LicenceKind.class), Map.entry("KeyStorage", KeyStorage.class),
                Map.entry("KeyHolderChecks", KeyHolderChecks.class),
                Map.entry("CompromiseProtocol", CompromiseProtocol.class), Map.entry("GrantRevoke", GrantRevoke.class),
                Map.entry("KeyGeneration", KeyGeneration.class),
                Map.entry("AssuranceReportKind", AssuranceReportKind.class),
                Map.entry("ProofOfReserveKind", ProofOfReserveKind.class), Map.entry("AuditLogs", AuditLogs.class),
                Map.entry("DataSanitisation", DataSanitisation.class),
                Map.entry("ClientAssetSegregation", ClientAssetSegregation.class),
                Map.entry("Reconciliation", Reconciliation.class), Map.entry("CustodyModel", CustodyModel.class),
                Map.entry("LossCause", LossCause.class), Map.entry("LossStatus", LossStatus.class),
                Map.entry("SweepFrequency", SweepFrequency.class));
        List<String> enumDefinitions = new ArrayList<>();
        schema.path("$defs").properties().forEach(def -> {
            if (def.getValue().has("enum")) {
                enumDefinitions.add(def.getKey());
            }
        });

        assertThat(enumDefinitions).containsExactlyInAnyOrderElementsOf(models.keySet());
        models.forEach((name, type) -> {
            assertThat(values(schema.path("$defs").path(name))).as(name).containsExactlyElementsOf(constants(type));
            assertThat(schema.path("$defs").path(name).path("type").asString()).as(name + " type").isEqualTo("string");
        });
    }

    private void compareRecord(Class<?> type, JsonNode node, String path, List<String> mismatches,
                               Set<Class<?>> visited) {
        visited.add(type);
        JsonNode object = resolve(node);
        if (!"object".equals(object.path("type").asString())) {
            mismatches.add(where(path) + ": " + type.getSimpleName() + " is a record, the schema is not an object");
            return;
        }
        JsonNode properties = object.path("properties");
        Set<String> components = new LinkedHashSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = jsonName(component);
            components.add(name);
            if (!properties.has(name)) {
                mismatches.add(where(path) + ": " + type.getSimpleName() + "." + name + " is not in the schema");
            } else {
                compareType(component.getGenericType(), properties.get(name), path + "/" + name, mismatches, visited);
            }
        }
        for (String property : properties.propertyNames()) {
            if (!components.contains(property)) {
                mismatches.add(where(path + "/" + property) + ": in the schema, not in " + type.getSimpleName());
            }
        }
    }

    /** The component's name in the profile: its own, or the one {@link JsonProperty} on it gives. */
    private static String jsonName(RecordComponent component) {
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        return renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
    }

    private void compareType(Type type, JsonNode node, String path, List<String> mismatches, Set<Class<?>> visited) {
        JsonNode rule = alternativeFor(type, resolve(node));
        if (type instanceof ParameterizedType generic) {
            Type raw = generic.getRawType();
            Type[] arguments = generic.getActualTypeArguments();
            if (raw == List.class) {
                expectType(rule, path, mismatches, "array");
                compareType(arguments[0], rule.path("items"), path + "/items", mismatches, visited);
            } else if (raw == Map.class) {
                expectType(rule, path, mismatches, "object");
                compareType(arguments[0], rule.path("propertyNames"), path + "/propertyNames", mismatches, visited);
                compareType(arguments[1], rule.path("additionalProperties"), path + "/additionalProperties",
                        mismatches, visited);
            } else {
                mismatches.add(where(path) + ": no rule to compare " + type);
            }
            return;
        }
        Class<?> c = (Class<?>) type;
        if (c.isRecord()) {
            compareRecord(c, rule, path, mismatches, visited);
        } else if (c.isEnum()) {
            List<String> expected = constants(c);
            if (!values(rule).equals(expected)) {
                mismatches.add(where(path) + ": enum " + c.getSimpleName() + " " + expected + " but the schema allows "
                        + values(rule));
            }
        } else if (c == String.class) {
            expectType(rule, path, mismatches, "string");
        } else if (c == Boolean.class || c == boolean.class) {
            expectType(rule, path, mismatches, "boolean");
        } else if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
            expectType(rule, path, mismatches, "integer", "number");
        } else if (c == LocalDate.class) {
            expectType(rule, path, mismatches, "string");
            if (!"date".equals(rule.path("format").asString())) {
                mismatches.add(where(path) + ": a LocalDate needs format date");
            }
        } else {
            mismatches.add(where(path) + ": no rule to compare " + c.getName());
        }
    }

    private static void expectType(JsonNode rule, String path, List<String> mismatches, String... allowed) {
        String actual = rule.path("type").asString();
        if (!Arrays.asList(allowed).contains(actual)) {
            mismatches.add(where(path) + ": expected type " + String.join(" or ", allowed) + ", the schema says \""
                    + actual + "\"");
        }
    }

    /**
     * Where the schema offers alternatives (a sub-custodian is a name or an object), the one the Java type is
     * read from: the object alternative for a record; the rule itself when there are none.
     */
    private JsonNode alternativeFor(Type type, JsonNode rule) {
        JsonNode alternatives = rule.has("oneOf") ? rule.get("oneOf") : rule.path("anyOf");
        if (!alternatives.isArray()) {
            return rule;
        }
        boolean record = type instanceof Class<?> c && c.isRecord();
        for (JsonNode alternative : alternatives) {
            JsonNode resolved = resolve(alternative);
            if ("object".equals(resolved.path("type").asString()) == record) {
                return resolved;
            }
        }
        return rule;
    }

    /** Follows a local "$ref" ("#/$defs/Usd") to the schema it names. */
    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.path("$ref");
        return ref.isString() ? resolve(schema.at(JsonPointer.compile(ref.asString().substring(1)))) : node;
    }

    private static List<String> values(JsonNode rule) {
        List<String> values = new ArrayList<>();
        rule.path("enum").forEach(v -> values.add(v.asString()));
        return values;
    }

    private static List<String> constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
    }

    private static String where(String path) {
        return path.isEmpty() ? "(the profile)" : path;
    }
}
