package com.custodyadvisor.http;

import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.profile.Mutations;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests a hostile client might send, drawn from a seeded random source so a failure can be replayed: the
 * examples changed in one place ({@link Mutations}: wrong types, unknown fields, missing fields, values out of
 * range or form, contradictions between fields), given values no profile has
 * (numbers past 64 bits, kilobyte strings, deep or huge lists), cut or scrambled as bytes, written as YAML
 * with anchors, aliases and tags, or sent with the wrong headers.
 */
final class FuzzCases {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_BODY = 256 * 1024;

    /** One request: what it is, its body and headers. */
    record Case(String kind, byte[] body, String contentType, String contentEncoding) {

        String describe() {
            String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            return kind + " (" + contentType + (contentEncoding == null ? "" : ", " + contentEncoding) + ", "
                    + body.length + " bytes): " + text;
        }
    }

    private final List<JsonNode> examples;
    private final Random random;

    FuzzCases(List<JsonNode> examples, long seed) {
        this.examples = examples;
        this.random = new Random(seed);
    }

    Case next() {
        JsonNode example = examples.get(random.nextInt(examples.size()));
        int pick = random.nextInt(100);
        if (pick < 25) {
            return json("one invalid change", Mutations.mutate(example, random).profile());
        }
        if (pick < 50) {
            return json("a hostile value", withHostileValue(example));
        }
        if (pick < 65) {
            return bytes("scrambled bytes", scramble(Mappers.JSON.writeValueAsBytes(example)), "application/json");
        }
        if (pick < 80) {
            return bytes("YAML", yaml(example), "application/yaml");
        }
        if (pick < 88) {
            return json("unchanged", example);
        }
        if (pick < 95) {
            return bytes("a list that fills the body", fillingList(), "application/json");
        }
        return headers(Mappers.JSON.writeValueAsBytes(example));
    }

    private Case json(String kind, JsonNode profile) {
        return bytes(kind, Mappers.JSON.writeValueAsBytes(profile), random.nextInt(5) == 0 ? "application/yaml"
                : "application/json");
    }

    private static Case bytes(String kind, byte[] body, String contentType) {
        return new Case(kind, body, contentType, null);
    }

    private Case headers(byte[] body) {
        return switch (random.nextInt(3)) {
            case 0 -> new Case("compressed", body, "application/json", "gzip");
            case 1 -> new Case("wrong type", body, "text/plain", null);
            default -> new Case("charset and parameters", body, "application/json; charset=utf-8; x=y", null);
        };
    }

    private JsonNode withHostileValue(JsonNode example) {
        ObjectNode profile = (ObjectNode) example.deepCopy();
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(profile, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        JsonNode value = hostileValue();
        if (target instanceof ObjectNode object) {
            List<String> names = new ArrayList<>(object.propertyNames());
            String name = names.isEmpty() || random.nextInt(4) == 0 ? "x" + random.nextInt(100)
                    : names.get(random.nextInt(names.size()));
            object.set(name, value);
        } else if (target instanceof ArrayNode array) {
            if (array.isEmpty() || random.nextBoolean()) {
                array.add(value);
            } else {
                array.set(random.nextInt(array.size()), value);
            }
        }
        return profile;
    }

    private JsonNode hostileValue() {
        return switch (random.nextInt(14)) {
            case 0 -> NODES.numberNode(new java.math.BigInteger("18446744073709551617").pow(1 + random.nextInt(3)));
            case 1 -> NODES.numberNode(Math.pow(10, 18 + random.nextInt(290)));
            case 2 -> NODES.numberNode(-random.nextDouble() * 1e20);
            case 3 -> NODES.stringNode("A-B".repeat(1 + random.nextInt(3_000)));
            case 4 -> NODES.stringNode("\u0000\u202e\ud83d\ude00<script>".repeat(1 + random.nextInt(50)));
            case 5 -> NODES.nullNode();
            case 6 -> NODES.stringNode("");
            case 7 -> nested(1 + random.nextInt(400));
            case 8 -> manyKeys(1 + random.nextInt(3_000));
            case 9 -> {
                ArrayNode list = NODES.arrayNode();
                int n = random.nextInt(2_000);
                for (int i = 0; i < n; i++) {
                    list.add(random.nextBoolean() ? NODES.numberNode(1) : NODES.objectNode());
                }
                yield list;
            }
            case 10 -> NODES.numberNode(0.5 + random.nextInt(100));
            case 11 -> NODES.booleanNode(random.nextBoolean());
            case 12 -> NODES.stringNode(random.nextBoolean() ? "HOT" : "2026-02-30");
            default -> NODES.numberNode(Long.MIN_VALUE + random.nextInt(10));
        };
    }

    private JsonNode nested(int depth) {
        JsonNode node = NODES.numberNode(1);
        for (int i = 0; i < depth; i++) {
            node = random.nextBoolean() ? NODES.arrayNode().add(node) : NODES.objectNode().set("k", node);
        }
        return node;
    }

    private static JsonNode manyKeys(int n) {
        ObjectNode object = NODES.objectNode();
        for (int i = 0; i < n; i++) {
            object.put("k" + i, i);
        }
        return object;
    }

    private byte[] scramble(byte[] json) {
        byte[] bytes = json.clone();
        switch (random.nextInt(4)) {
            case 0:
                return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case 1:
                for (int i = 0; i < 1 + random.nextInt(5); i++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                return bytes;
            case 2: {
                int at = random.nextInt(bytes.length);
                byte[] noise = new byte[1 + random.nextInt(64)];
                random.nextBytes(noise);
                byte[] out = new byte[bytes.length + noise.length];
                System.arraycopy(bytes, 0, out, 0, at);
                System.arraycopy(noise, 0, out, at, noise.length);
                System.arraycopy(bytes, at, out, at + noise.length, bytes.length - at);
                return out;
            }
            default: {
                String[] tokens = {"NaN", "Infinity", "-Infinity", "1e400", "0x1F", "'x'", "[", "}", ",", "//c"};
                String text = new String(bytes, StandardCharsets.UTF_8);
                int at = random.nextInt(text.length());
                return (text.substring(0, at) + tokens[random.nextInt(tokens.length)] + text.substring(at))
                        .getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    /** The profile as YAML, sometimes with an anchor and alias, a tag, a special float or a merge key. */
    private byte[] yaml(JsonNode example) {
        String yaml = Mappers.YAML.writeValueAsString(example);
        String[] lines = yaml.split("\n", -1);
        int at = 1 + random.nextInt(Math.max(lines.length - 1, 1));
        String line = at < lines.length ? lines[at] : "";
        int colon = line.indexOf(": ");
        if (colon > 0) {
            String key = line.substring(0, colon + 2);
            String[] values = {"*alias", "&anchor x", "!!binary aGk=", ".inf", "-.nan", "0o17", "~", "!!str 5",
                    "<<: *base", "[*a, *b]", "|\n  multi\n  line", "2026-13-45", "\"\\u0000\"", "{a: &b [*b]}"};
            lines[at] = key + values[random.nextInt(values.length)];
        }
        if (random.nextInt(10) == 0) {
            return ("base: &base {tier: HOT}\n" + String.join("\n", lines)).getBytes(StandardCharsets.UTF_8);
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** A body of up to the limit that is one long list, as in {"wallets":[1,1,1,...]}. */
    private byte[] fillingList() {
        String[] fields = {"wallets", "needs", "waivers", "firm", "regions"};
        String item = Map.of(0, "1", 1, "{}", 2, "\"HOT\"", 3, "[]").get(random.nextInt(4));
        int size = MAX_BODY - random.nextInt(MAX_BODY / 4);
        StringBuilder body = new StringBuilder(size + 16).append("{\"").append(fields[random.nextInt(fields.length)])
                .append("\":[").append(item);
        while (body.length() + item.length() + 3 < size) {
            body.append(',').append(item);
        }
        return body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void collectContainers(JsonNode node, List<JsonNode> out) {
        if (node.isObject() || node.isArray()) {
            out.add(node);
            node.forEach(child -> collectContainers(child, out));
        }
    }
}
