package com.custodyadvisor.document;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Validates documents against a JSON Schema (2020-12) from the class path and words each violation
 * for the person who wrote the document: a JSON Pointer to the value and a plain message.
 */
public final class SchemaValidator {

    /** The base of every schema's $id; the files live under /schema/ on the class path. */
    public static final String SCHEMA_ID_BASE = "https://custody-advisor.example/schema/";

    /** Keywords whose value is a list of alternative schemas. */
    private static final Set<String> ALTERNATIVES = Set.of("oneOf", "anyOf");
    /** Values quoted in messages are cut to this many characters: a message never echoes a whole field. */
    private static final int QUOTE_LIMIT = 60;

    private final JsonNode schemaNode;
    private final Schema schema;
    private final StructureLimits limits;

    private SchemaValidator(JsonNode schemaNode, Schema schema) {
        this.schemaNode = schemaNode;
        this.schema = schema;
        this.limits = new StructureLimits(schemaNode);
    }

    /** Loads a schema from the class path, e.g. "/schema/profile.schema.json". */
    public static SchemaValidator fromResource(String resource) {
        JsonNode node;
        try (InputStream in = SchemaValidator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema not on the class path: " + resource);
            }
            node = Mappers.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .build();
        // schemas name each other by their $id; those are read from the class path, never fetched
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config)
                        .schemaIdResolvers(ids -> ids.mapPrefix(SCHEMA_ID_BASE, "classpath:schema/")));
        return new SchemaValidator(node, registry.getSchema(node));
    }

    /** The schema itself, as loaded (served by the HTTP API and embedded in its OpenAPI document). */
    public JsonNode schemaNode() {
        return schemaNode;
    }

    /**
     * Every violation in the instance, without duplicates. Sizes and numbers are checked first: a list over its
     * limit, a flood of unknown fields or a number beyond 64 bits is reported alone, without validating each
     * entry (which would cost seconds and answer megabytes).
     */
    public List<Problem> validate(JsonNode instance) {
        List<Problem> outOfBounds = limits.check(instance);
        if (!outOfBounds.isEmpty()) {
            return outOfBounds;
        }
        List<Error> errors = schema.validate(instance);
        Set<Problem> problems = new LinkedHashSet<>();
        Set<Error> worded = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Error error : errors) {
            if (ALTERNATIVES.contains(error.getKeyword()) && !worded.contains(error)) {
                problems.addAll(alternativeProblems(error, errors, worded));
            }
        }
        for (Error error : errors) {
            if (!worded.contains(error) && !isConsequence(error, errors)) {
                problems.add(toProblem(error));
            }
        }
        return new ArrayList<>(problems);
    }

    /**
     * A value that fits none of the alternatives of a {@code oneOf} / {@code anyOf} gets every branch's
     * complaints at once ("must be a string", "must be an object", then the object's own problems). When the
     * alternatives differ by type, only the branch for the value's type speaks: an object is told what is
     * wrong with it as an object; a value of no allowed type is told which types are allowed.
     */
    private List<Problem> alternativeProblems(Error alternatives, List<Error> errors, Set<Error> worded) {
        String evaluated = String.valueOf(alternatives.getEvaluationPath());
        String at = pointer(alternatives.getInstanceLocation());
        JsonNode branches = alternatives.getSchemaNode();
        JsonNode value = alternatives.getInstanceNode();
        List<Error> inside = errors.stream()
                .filter(e -> e != alternatives && String.valueOf(e.getEvaluationPath()).startsWith(evaluated + "/"))
                .filter(e -> pointer(e.getInstanceLocation()).equals(at)
                        || pointer(e.getInstanceLocation()).startsWith(at + "/"))
                .toList();
        List<Integer> fitting = new ArrayList<>();
        List<String> allowed = new ArrayList<>();
        for (int i = 0; branches != null && i < branches.size(); i++) {
            JsonNode type = resolve(branches.get(i)).path("type");
            if (!type.isString()) {
                return List.of(); // a branch of any type: leave the errors as they are
            }
            allowed.add(article(type));
            if (admits(type.asString(), value)) {
                fitting.add(i);
            }
        }
        if (fitting.size() > 1) {
            return List.of();
        }
        worded.add(alternatives);
        worded.addAll(inside);
        if (fitting.isEmpty()) {
            return List.of(Problem.at(at, "must be " + String.join(" or ", allowed) + ", not " + describe(value)));
        }
        String branch = evaluated + "/" + fitting.get(0) + "/";
        return inside.stream().filter(e -> String.valueOf(e.getEvaluationPath()).startsWith(branch))
                .filter(e -> !isConsequence(e, inside)).map(this::toProblem).toList();
    }

    /** True when the JSON Schema type admits the value ("number" admits whole numbers too). */
    public static boolean admits(String type, JsonNode value) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "boolean" -> value.isBoolean();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "null" -> value.isNull();
            default -> false;
        };
    }

    /**
     * True for an error that only repeats another at the same value: an unknown enum value that is not even
     * of the right type, or a date that fails both its format and its pattern.
     */
    private static boolean isConsequence(Error error, List<Error> errors) {
        String keyword = error.getKeyword();
        String cause = "enum".equals(keyword) ? "type" : "pattern".equals(keyword) ? "format" : null;
        if (cause == null) {
            return false;
        }
        String at = pointer(error.getInstanceLocation());
        String sameSchema = parentOf(String.valueOf(error.getEvaluationPath()));
        return errors.stream().anyMatch(e -> cause.equals(e.getKeyword()) && pointer(e.getInstanceLocation()).equals(at)
                && String.valueOf(e.getEvaluationPath()).startsWith(sameSchema));
    }

    private static String parentOf(String path) {
        return path.substring(0, Math.max(path.lastIndexOf('/'), 0) + 1);
    }

    private Problem toProblem(Error error) {
        String path = pointer(error.getInstanceLocation());
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        JsonNode value = error.getInstanceNode();
        JsonNode rule = error.getSchemaNode();
        switch (keyword) {
            case "required":
                return Problem.at(append(path, error.getProperty()), "is required");
            case "additionalProperties":
                return Problem.at(append(path, error.getProperty()), "is not a known field; known here: "
                        + String.join(", ", knownFields(error)));
            case "enum":
                return Problem.at(path, "unknown value " + quoted(value) + "; allowed: " + list(rule));
            case "propertyNames":
                return Problem.at(append(path, error.getProperty()), "unknown key \"" + error.getProperty()
                        + "\"; allowed: " + list(resolve(rule).path("enum")));
            case "type":
                return Problem.at(path, "must be " + article(rule) + ", not " + describe(value));
            case "minimum":
                return Problem.at(path, "must be >= " + plain(rule) + (value != null && value.isNumber()
                        ? " (is " + value.asString() + ")" : ""));
            case "maximum":
                return Problem.at(path, "must be <= " + plain(rule) + (value != null && value.isNumber()
                        ? " (is " + value.asString() + ")" : ""));
            case "minLength":
                return Problem.at(path, rule.asInt() == 1 ? "must not be empty" : "must be at least " + rule.asInt()
                        + " characters long");
            case "maxLength":
                return Problem.at(path, "must be at most " + rule.asInt() + " characters long");
            case "maxItems":
                return Problem.at(path, "must have at most " + rule.asInt() + " entries");
            case "uniqueItems":
                return Problem.at(path, "must not list the same value twice");
            case "pattern":
                return Problem.at(path, quoted(value) + " is not in the expected form: " + formOf(error, rule));
            case "format":
                return Problem.at(path, quoted(value) + " is not a valid " + rule.asString()
                        + ("date".equals(rule.asString()) ? " (YYYY-MM-DD)" : ""));
            default:
                return Problem.at(path, strip(error.getMessage(), path));
        }
    }

    private static String pointer(NodePath location) {
        if (location == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            s.append('/').append(escape(String.valueOf(element)));
        }
        return s.toString();
    }

    private static String append(String path, String property) {
        return property == null ? path : path + "/" + escape(property);
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /** networknt prefixes messages with the location; the pointer is reported on its own. */
    private static String strip(String message, String path) {
        if (message == null) {
            return "is not valid";
        }
        String m = message;
        int colon = m.indexOf(": ");
        if (colon >= 0 && (m.startsWith("/") || m.startsWith("$"))) {
            m = m.substring(colon + 2);
        }
        return m.isEmpty() ? "is not valid" : m;
    }

    /** The fields the schema knows where an unknown one was found (siblings of "additionalProperties"). */
    private List<String> knownFields(Error error) {
        String location = String.valueOf(error.getSchemaLocation());
        int hash = location.indexOf('#');
        List<String> names = new ArrayList<>();
        if (hash >= 0) {
            String fragment = location.substring(hash + 1);
            String parent = fragment.substring(0, Math.max(fragment.lastIndexOf('/'), 0));
            schemaNode.at(JsonPointer.compile(parent)).path("properties").propertyNames().forEach(names::add);
        }
        return names;
    }

    /**
     * Follows a "$ref" to the schema it names: a local one ("#/$defs/Tier") or one into a schema beside this
     * one on the class path ("profile.schema.json#/$defs/Tier").
     */
    private JsonNode resolve(JsonNode node) {
        if (node == null) {
            return tools.jackson.databind.node.MissingNode.getInstance();
        }
        String ref = node.path("$ref").asString("");
        int hash = ref.indexOf('#');
        if (hash < 0) {
            return node;
        }
        JsonNode document = hash == 0 ? schemaNode : sibling(ref.substring(0, hash));
        return resolve(document.at(JsonPointer.compile(ref.substring(hash + 1))));
    }

    private static JsonNode sibling(String file) {
        String name = file.startsWith(SCHEMA_ID_BASE) ? file.substring(SCHEMA_ID_BASE.length()) : file;
        try (InputStream in = SchemaValidator.class.getResourceAsStream("/schema/" + name)) {
            return in == null ? tools.jackson.databind.node.MissingNode.getInstance() : Mappers.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String article(JsonNode typeRule) {
        String type = typeRule == null ? "" : typeRule.asString();
        switch (type) {
            case "object": return "an object (a mapping of fields)";
            case "array": return "a list";
            case "integer": return "a whole number";
            case "number": return "a number";
            case "boolean": return "true or false";
            case "string": return "a string";
            default: return type;
        }
    }

    private static String describe(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        if (value.isString()) {
            return "the string " + quoted(value);
        }
        if (value.isNumber()) {
            return value.isIntegralNumber() ? "the whole number " + value.asString() : "the number " + value.asString();
        }
        if (value.isBoolean()) {
            return value.asString();
        }
        return value.isArray() ? "a list" : "an object";
    }

    private static String quoted(JsonNode value) {
        if (value == null) {
            return "\"\"";
        }
        return value.isString() ? "\"" + shorten(value.asString()) + "\"" : shorten(value.toString());
    }

    /** The text, cut to {@value #QUOTE_LIMIT} characters with an ellipsis when longer. */
    static String shorten(String text) {
        return text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT) + "… (" + text.length()
                + " characters)";
    }

    /** A number as written in a schema, without exponent: 1e15 reads 1000000000000000. */
    static String plain(JsonNode number) {
        return number.decimalValue().stripTrailingZeros().toPlainString();
    }

    /** The field's description says the expected form in words; the regular expression is the fallback. */
    private String formOf(Error error, JsonNode pattern) {
        String location = String.valueOf(error.getSchemaLocation());
        int hash = location.indexOf('#');
        if (hash >= 0) {
            String fragment = location.substring(hash + 1);
            String field = fragment.substring(0, Math.max(fragment.lastIndexOf('/'), 0));
            JsonNode description = schemaNode.at(JsonPointer.compile(field)).path("description");
            if (description.isString()) {
                return description.asString();
            }
        }
        return pattern.asString();
    }

    private static String list(JsonNode values) {
        if (values == null || !values.isArray()) {
            return "";
        }
        List<String> all = new ArrayList<>();
        values.forEach(v -> all.add(v.asString()));
        return all.stream().collect(Collectors.joining(", "));
    }
}
