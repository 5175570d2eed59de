package com.custodyadvisor.document;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Patch (RFC 6902) on Jackson trees: a list of operations ({@code add}, {@code remove},
 * {@code replace}, {@code move}, {@code copy}, {@code test}), each at a JSON Pointer (RFC 6901), applied
 * in order to a copy of the document. The patch applies whole or not at all.
 * <pre>
 * [{"op": "replace", "path": "/wallets/0/tier", "value": "HOT"},
 *  {"op": "add", "path": "/insurance/policies/-", "value": {"line": "CYBER", "limitUsd": 5000000}}]
 * </pre>
 */
public final class JsonPatch {

    private JsonPatch() {
    }

    /**
     * The document with the patch applied; neither argument is changed.
     *
     * @throws JsonPatchException naming the first operation that is malformed, points nowhere or fails its test
     */
    public static JsonNode apply(JsonNode document, JsonNode patch) throws JsonPatchException {
        if (patch == null || !patch.isArray()) {
            throw new JsonPatchException(0, "a JSON Patch is a list of operations");
        }
        JsonNode result = document.deepCopy();
        for (int i = 0; i < patch.size(); i++) {
            result = applyOne(result, patch.get(i), i);
        }
        return result;
    }

    private static JsonNode applyOne(JsonNode doc, JsonNode op, int index) throws JsonPatchException {
        if (!op.isObject() || !op.path("op").isString() || !op.path("path").isString()) {
            throw new JsonPatchException(index, "an operation needs \"op\" and \"path\"");
        }
        String name = op.get("op").asString();
        List<String> path = parse(op.get("path").asString(), index);
        String at = name + " " + op.get("path").asString();
        switch (name) {
            case "add":
                return add(doc, path, value(op, index, at), index, at);
            case "remove":
                return remove(doc, path, index, at);
            case "replace":
                return replace(doc, path, value(op, index, at), index, at);
            case "move": {
                List<String> from = from(op, index, at);
                if (from.size() < path.size() && path.subList(0, from.size()).equals(from)) {
                    throw new JsonPatchException(index, at + ": cannot move a value into one of its own children");
                }
                JsonNode moved = get(doc, from, index, at);
                return add(remove(doc, from, index, at), path, moved, index, at);
            }
            case "copy":
                return add(doc, path, get(doc, from(op, index, at), index, at).deepCopy(), index, at);
            case "test":
                JsonNode actual = get(doc, path, index, at);
                if (!same(actual, value(op, index, at))) {
                    throw new JsonPatchException(index, at + ": test failed, the value is " + actual);
                }
                return doc;
            default:
                throw new JsonPatchException(index, "unknown op \"" + name
                        + "\" (add, remove, replace, move, copy or test)");
        }
    }

    private static JsonNode value(JsonNode op, int index, String at) throws JsonPatchException {
        if (!op.has("value")) {
            throw new JsonPatchException(index, at + ": needs a \"value\"");
        }
        return op.get("value").deepCopy();
    }

    private static List<String> from(JsonNode op, int index, String at) throws JsonPatchException {
        if (!op.path("from").isString()) {
            throw new JsonPatchException(index, at + ": needs a \"from\" pointer");
        }
        return parse(op.get("from").asString(), index);
    }

    private static JsonNode add(JsonNode doc, List<String> path, JsonNode value, int index, String at)
            throws JsonPatchException {
        if (path.isEmpty()) {
            return value;
        }
        JsonNode parent = get(doc, path.subList(0, path.size() - 1), index, at);
        String last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            int position = last.equals("-") ? array.size() : arrayIndex(last, array.size(), index, at);
            array.insert(position, value);
        } else {
            throw new JsonPatchException(index, at + ": the parent is not an object or a list");
        }
        return doc;
    }

    /** Replaces the value where it stands, so a member keeps its place among the others. */
    private static JsonNode replace(JsonNode doc, List<String> path, JsonNode value, int index, String at)
            throws JsonPatchException {
        if (path.isEmpty()) {
            return value;
        }
        get(doc, path, index, at);
        JsonNode parent = get(doc, path.subList(0, path.size() - 1), index, at);
        String last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else {
            ((ArrayNode) parent).set(arrayIndex(last, parent.size() - 1, index, at), value);
        }
        return doc;
    }

    private static JsonNode remove(JsonNode doc, List<String> path, int index, String at) throws JsonPatchException {
        if (path.isEmpty()) {
            throw new JsonPatchException(index, at + ": cannot remove the whole document");
        }
        JsonNode parent = get(doc, path.subList(0, path.size() - 1), index, at);
        String last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object && object.has(last)) {
            object.remove(last);
        } else if (parent instanceof ArrayNode array) {
            array.remove(arrayIndex(last, array.size() - 1, index, at));
        } else {
            throw new JsonPatchException(index, at + ": no such location");
        }
        return doc;
    }

    private static JsonNode get(JsonNode doc, List<String> path, int index, String at) throws JsonPatchException {
        JsonNode node = doc;
        for (String token : path) {
            if (node.isObject() && node.has(token)) {
                node = node.get(token);
            } else if (node.isArray()) {
                node = node.get(arrayIndex(token, node.size() - 1, index, at));
            } else {
                throw new JsonPatchException(index, at + ": no such location");
            }
        }
        return node;
    }

    /** An array index token: digits, no leading zero, at most {@code max}. */
    private static int arrayIndex(String token, int max, int index, String at) throws JsonPatchException {
        if (!token.matches("0|[1-9][0-9]{0,8}") || Integer.parseInt(token) > max) {
            throw new JsonPatchException(index, at + ": no such location (\"" + token + "\" is not an index up to "
                    + max + ")");
        }
        return Integer.parseInt(token);
    }

    /** The reference tokens of a JSON Pointer, with ~1 and ~0 unescaped. */
    static List<String> parse(String pointer, int index) throws JsonPatchException {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        if (!pointer.startsWith("/")) {
            throw new JsonPatchException(index, "\"" + pointer + "\" is not a JSON Pointer (it starts with /)");
        }
        for (String token : pointer.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    /** JSON equality as RFC 6902's test means it: numbers by value, objects whatever their member order. */
    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = a.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!b.has(e.getKey()) || !same(e.getValue(), b.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }
}
