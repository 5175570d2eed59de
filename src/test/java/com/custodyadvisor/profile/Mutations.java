package com.custodyadvisor.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Changes that make a valid profile invalid, each at a place in it: a value of the wrong type, an unknown
 * field, a required field taken out, a negative number. Every field of the schema has one type and every
 * number a minimum of zero or more, so each of these is a violation.
 */
public final class Mutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Required fields, by the parent they are required in (as JSON Pointer patterns, "*" for an index). */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "", List.of("firm", "holdings"),
            "/firm", List.of("name", "type", "domicile"),
            "/holdings", List.of("aumUsd"),
            "/wallets/*", List.of("tier", "valueUsd"),
            "/insurance/policies/*", List.of("line", "limitUsd"),
            "/waivers/*", List.of("id", "reason"));

    /** One invalid change and where it was made. */
    public record Mutation(JsonNode profile, String pointer, String kind) {
    }

    private Mutations() {
    }

    /** A copy of the profile with one invalid change, chosen by the random source. */
    public static Mutation mutate(JsonNode valid, Random random) {
        ObjectNode profile = (ObjectNode) valid.deepCopy();
        List<String> leaves = new ArrayList<>();
        List<String> objects = new ArrayList<>();
        collect(profile, "", leaves, objects);
        switch (random.nextInt(4)) {
            case 0: {
                String at = leaves.get(random.nextInt(leaves.size()));
                replace(profile, at, wrongType(profile.at(JsonPointer.compile(at)), random));
                return new Mutation(profile, at, "wrong type");
            }
            case 1: {
                String at = objects.get(random.nextInt(objects.size()));
                String name = "unknown" + random.nextInt(1000);
                ((ObjectNode) profile.at(JsonPointer.compile(at))).put(name, random.nextBoolean());
                return new Mutation(profile, at + "/" + name, "unknown field");
            }
            case 2: {
                List<String[]> removable = new ArrayList<>();
                for (String at : objects) {
                    REQUIRED.getOrDefault(at.replaceAll("/\\d+$", "/*"), List.of())
                            .forEach(field -> removable.add(new String[] {at, field}));
                }
                String[] choice = removable.get(random.nextInt(removable.size()));
                ((ObjectNode) profile.at(JsonPointer.compile(choice[0]))).remove(choice[1]);
                return new Mutation(profile, choice[0] + "/" + choice[1], "required field removed");
            }
            default: {
                List<String> numbers = leaves.stream().filter(p -> profile.at(JsonPointer.compile(p)).isNumber())
                        .toList();
                String at = numbers.get(random.nextInt(numbers.size()));
                replace(profile, at, NODES.numberNode(-1 - random.nextInt(1000)));
                return new Mutation(profile, at, "negative number");
            }
        }
    }

    private static JsonNode wrongType(JsonNode value, Random random) {
        if (value.isString()) {
            return random.nextBoolean() ? NODES.numberNode(random.nextInt()) : NODES.booleanNode(true);
        }
        if (value.isNumber()) {
            return NODES.stringNode(value.asString());
        }
        if (value.isBoolean()) {
            return NODES.stringNode(value.asBoolean() ? "yes" : "no");
        }
        return value.isArray() ? NODES.objectNode() : NODES.arrayNode();
    }

    private static void collect(JsonNode node, String at, List<String> leaves, List<String> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(at);
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                collect(field.getValue(), at + "/" + field.getKey(), leaves, objects);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                collect(array.get(i), at + "/" + i, leaves, objects);
            }
        } else {
            leaves.add(at);
        }
    }

    private static void replace(ObjectNode root, String at, JsonNode value) {
        JsonPointer pointer = JsonPointer.compile(at);
        JsonNode parent = root.at(pointer.head());
        String last = pointer.last().getMatchingProperty();
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }
}
