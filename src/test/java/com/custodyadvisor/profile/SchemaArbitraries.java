package com.custodyadvisor.profile;

import com.custodyadvisor.document.Mappers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Valid profiles generated from the profile schema itself (so they follow it as it changes), then made
 * consistent where the schema cannot say (threshold at most keyShares, sub-limits within the limit, a real
 * country). Amounts stay below a trillion, lists short, strings plain.
 */
public final class SchemaArbitraries {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> COUNTRIES = List.of("US", "GB", "DE", "FR", "SG", "HK", "JP", "CH", "AE", "BR",
            "KY", "AU", "IE", "LU", "BM");
    /** Finding ids the shipped rules make, and some no rule makes (a waiver naming no rule is a finding too). */
    private static final List<String> WAIVER_IDS = List.of("RF-CYBER-ONLY", "CL-CLAIMS", "BM-HOT-LIMIT-MISMATCH",
            "SEC-KEY-ISOLATION", "CL-REINSURANCE", "X-UNKNOWN", "FAQ-STAKING");

    private final JsonNode schema = new ProfileReader().schema().schemaNode();

    /** Profiles the reader accepts. */
    public Arbitrary<JsonNode> validProfiles() {
        return of(schema, "").map(SchemaArbitraries::consistent);
    }

    private Arbitrary<JsonNode> of(JsonNode at, String path) {
        JsonNode rule = resolve(at);
        if (rule.has("enum")) {
            List<String> values = new ArrayList<>();
            rule.get("enum").forEach(v -> values.add(v.asString()));
            return Arbitraries.of(values).map(NODES::stringNode);
        }
        switch (rule.path("type").asString("")) {
            case "object":
                return object(rule, path);
            case "array":
                return array(rule, path);
            case "integer":
                long min = rule.path("minimum").asLong(0);
                long max = Math.min(rule.path("maximum").asLong(1_000_000), 1_000_000);
                return Arbitraries.longs().between(min, max).map(NODES::numberNode);
            case "number":
                return Arbitraries.oneOf(Arbitraries.longs().between(0, 1_000_000_000_000L).map(NODES::numberNode),
                        Arbitraries.doubles().between(0, 1e9).ofScale(2).map(d -> NODES.numberNode(d.doubleValue())));
            case "boolean":
                return Arbitraries.of(true, false).map(NODES::booleanNode);
            case "string":
                return string(rule, path);
            default:
                throw new IllegalStateException("no generator for the schema at " + path + ": " + rule);
        }
    }

    private Arbitrary<JsonNode> object(JsonNode rule, String path) {
        Set<String> required = new HashSet<>();
        rule.path("required").forEach(r -> required.add(r.asString()));
        List<String> names = new ArrayList<>();
        List<Arbitrary<Optional<JsonNode>>> values = new ArrayList<>();
        JsonNode keys = resolve(rule.path("propertyNames")).path("enum");
        if (keys.isArray()) {
            // a map keyed by an enum (tier sub-limits): each key present or not
            keys.forEach(k -> {
                names.add(k.asString());
                values.add(of(rule.path("additionalProperties"), path + "/" + k.asString()).optional(0.5));
            });
        }
        for (Map.Entry<String, JsonNode> property : rule.path("properties").properties()) {
            names.add(property.getKey());
            Arbitrary<JsonNode> value = of(property.getValue(), path + "/" + property.getKey());
            values.add(required.contains(property.getKey()) ? value.map(Optional::of) : value.optional(0.6));
        }
        return Combinators.combine(values).as(present -> {
            ObjectNode object = NODES.objectNode();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                present.get(i).ifPresent(v -> object.set(name, v));
            }
            return object;
        });
    }

    private Arbitrary<JsonNode> array(JsonNode rule, String path) {
        int max = Math.min(rule.path("maxItems").asInt(4), 4);
        var items = of(rule.path("items"), path + "/0").list().ofMaxSize(max);
        if (rule.path("uniqueItems").asBoolean(false)) {
            items = items.uniqueElements();
        }
        return items.map(list -> {
            var array = NODES.arrayNode();
            list.forEach(array::add);
            return array;
        });
    }

    private Arbitrary<JsonNode> string(JsonNode rule, String path) {
        if (path.endsWith("/domicile")) {
            return Arbitraries.of(COUNTRIES).map(NODES::stringNode);
        }
        if (path.startsWith("/waivers") && path.endsWith("/id")) {
            return Arbitraries.of(WAIVER_IDS).map(NODES::stringNode);
        }
        if ("date".equals(rule.path("format").asString(""))) {
            return Arbitraries.integers().between(-400, 800).map(d -> NODES.stringNode(
                    LocalDate.of(2026, 1, 1).plusDays(d).toString()));
        }
        int minLength = Math.max(rule.path("minLength").asInt(0), 1);
        int maxLength = Math.min(rule.path("maxLength").asInt(30), 30);
        return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '-', '&', '#', '*', 'Ä')
                .ofMinLength(minLength).ofMaxLength(maxLength)
                .filter(s -> !s.isBlank()).map(NODES::stringNode);
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.path("$ref");
        return ref.isString() ? schema.at(JsonPointer.compile(ref.asString().substring(1))) : node;
    }

    /** What the schema cannot say: threshold at most keyShares, each sub-limit within its policy's limit. */
    private static JsonNode consistent(JsonNode profile) {
        ObjectNode fixed = (ObjectNode) profile.deepCopy();
        for (JsonNode wallet : fixed.path("wallets")) {
            JsonNode threshold = wallet.path("threshold");
            JsonNode shares = wallet.path("keyShares");
            if (threshold.isNumber() && shares.isNumber() && threshold.asLong() > shares.asLong()) {
                ((ObjectNode) wallet).set("threshold", shares);
                ((ObjectNode) wallet).set("keyShares", threshold);
            }
        }
        for (JsonNode policy : fixed.path("insurance").path("policies")) {
            double limit = policy.path("limitUsd").asDouble();
            JsonNode sublimits = policy.path("tierSublimitsUsd");
            if (sublimits instanceof ObjectNode map) {
                for (String tier : List.copyOf(map.propertyNames())) {
                    if (map.get(tier).asDouble() > limit) {
                        map.set(tier, policy.path("limitUsd"));
                    }
                }
            }
        }
        return fixed;
    }

    /** The profile as JSON bytes. */
    public static byte[] bytes(JsonNode profile) {
        return Mappers.JSON.writeValueAsBytes(profile);
    }
}
