package com.custodyadvisor.profile;

import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.document.SchemaValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * The profile schema as the test generators read it: local {@code $ref}s followed, and for a value inside an
 * object, a list or a {@code oneOf}, the rule that applies to it.
 */
final class SchemaRules {

    /** The profile schema, as served. */
    static final JsonNode PROFILE = load();

    private SchemaRules() {
    }

    /** The rule a node of the profile schema stands for: itself, or what its {@code $ref} names. */
    static JsonNode resolve(JsonNode node) {
        return resolve(PROFILE, node);
    }

    /** The rule a node of a schema stands for: itself, or what its {@code $ref} (a chain of them) names there. */
    static JsonNode resolve(JsonNode schema, JsonNode node) {
        JsonNode rule = node;
        for (int hops = 0; rule.path("$ref").isString(); hops++) {
            String ref = rule.path("$ref").asString();
            JsonNode target = ref.startsWith("#/") ? schema.at(JsonPointer.compile(ref.substring(1)))
                    : MissingNode.getInstance();
            if (target.isMissingNode() || hops > 20) {
                throw new IllegalStateException("cannot follow $ref " + ref + " in the schema");
            }
            rule = target;
        }
        return rule;
    }

    /** The rule for a value: the node resolved, and where it is a {@code oneOf}, the branch of the value's type. */
    static JsonNode forValue(JsonNode node, JsonNode value) {
        JsonNode rule = resolve(node);
        for (JsonNode branch : rule.path("oneOf")) {
            if (SchemaValidator.admits(resolve(branch).path("type").asString(""), value)) {
                return resolve(branch);
            }
        }
        return rule;
    }

    /** The rule for a field of an object: its property, or the rule every other key's value follows. */
    static JsonNode forField(JsonNode objectRule, String name) {
        JsonNode property = objectRule.path("properties").path(name);
        return property.isMissingNode() ? objectRule.path("additionalProperties") : property;
    }

    private static JsonNode load() {
        try (InputStream in = SchemaRules.class.getResourceAsStream(ProfileReader.SCHEMA_RESOURCE)) {
            return Mappers.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
