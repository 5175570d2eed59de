package com.custodyadvisor.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * What is checked before a document is validated item by item: the sizes and numbers that would make
 * full validation slow, its answer huge, or the validator fail. A list over its {@code maxItems} is one
 * problem, not one per entry; an object with more unknown fields than are ever listed is one problem; a
 * number no 64-bit value holds (or {@code .inf}, {@code .nan}) is one problem, not a validator crash.
 * Walks the document beside its schema (properties, items, additionalProperties and local {@code $ref}s).
 */
final class StructureLimits {

    /** More unknown fields than this in one object are reported as one problem. */
    static final int UNKNOWN_FIELDS = ProblemReport.LIMIT;

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final JsonNode schema;

    StructureLimits(JsonNode schema) {
        this.schema = schema;
    }

    /** The problems found; empty when the document can be validated in full. */
    List<Problem> check(JsonNode instance) {
        List<Problem> problems = new ArrayList<>();
        walk(instance, schema, "", problems);
        return problems;
    }

    private void walk(JsonNode value, JsonNode at, String path, List<Problem> problems) {
        JsonNode rule = resolve(at);
        if (value.isNumber()) {
            checkNumber(value, rule, path, problems);
        } else if (value.isArray()) {
            int max = rule.path("maxItems").asInt(Integer.MAX_VALUE);
            if (value.size() > max) {
                problems.add(Problem.at(path, "has " + value.size() + " entries; at most " + max + " are allowed"));
                return;
            }
            JsonNode items = rule.path("items");
            for (int i = 0; i < value.size(); i++) {
                walk(value.get(i), items, path + "/" + i, problems);
            }
        } else if (value.isObject()) {
            walkObject(value, rule, path, problems);
        }
    }

    private void walkObject(JsonNode value, JsonNode rule, String path, List<Problem> problems) {
        JsonNode properties = rule.path("properties");
        JsonNode additional = rule.path("additionalProperties");
        JsonNode names = resolve(rule.path("propertyNames")).path("enum");
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            String name = field.getKey();
            boolean declared = properties.has(name);
            boolean known = declared || (!(additional.isBoolean() && !additional.asBoolean())
                    && (!names.isArray() || contains(names, name)));
            if (!known) {
                unknown.add(name);
            }
            JsonNode child = declared ? properties.get(name) : additional.isObject() ? additional
                    : MissingNode.getInstance();
            walk(field.getValue(), child, path + "/" + escape(name), problems);
        }
        if (unknown.size() > UNKNOWN_FIELDS) {
            problems.add(Problem.at(path, "has " + unknown.size() + " fields that are not known here (the first: "
                    + String.join(", ", unknown.subList(0, 3).stream().map(SchemaValidator::shorten).toList())
                    + ")"));
        }
    }

    private static void checkNumber(JsonNode value, JsonNode rule, String path, List<Problem> problems) {
        if (value.isDouble() || value.isFloat()) {
            double d = value.asDouble();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                problems.add(Problem.at(path, "is not a finite number: write the figure in digits"));
                return;
            }
        }
        BigDecimal number = value.decimalValue();
        if (number.compareTo(LONG_MAX) > 0) {
            JsonNode maximum = rule.path("maximum");
            problems.add(Problem.at(path, maximum.isNumber()
                    ? "is far above the largest value allowed here, " + SchemaValidator.plain(maximum)
                    : "is beyond the range of numbers accepted (64-bit)"));
        } else if (number.compareTo(LONG_MIN) < 0) {
            JsonNode minimum = rule.path("minimum");
            problems.add(Problem.at(path, minimum.isNumber()
                    ? "is far below the smallest value allowed here, " + SchemaValidator.plain(minimum)
                    : "is beyond the range of numbers accepted (64-bit)"));
        }
    }

    /** Follows a local "$ref" ("#/$defs/Tier"); a reference elsewhere (or none) reads as no constraint. */
    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.path("$ref");
        if (!ref.isString()) {
            return node;
        }
        String target = ref.asString();
        return target.startsWith("#") ? schema.at(JsonPointer.compile(target.substring(1)))
                : MissingNode.getInstance();
    }

    private static boolean contains(JsonNode values, String name) {
        for (JsonNode v : values) {
            if (v.isString() && v.asString().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
