package com.custodyadvisor.http;

import com.custodyadvisor.document.Mappers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI 3.1 document served at {@code /openapi.json}: written by hand in resources, with the profile's
 * JSON Schema embedded at serve time as {@code components.schemas.Profile}, so the schema file stays the one
 * description of a profile and the served document is self-contained.
 *
 * <p>The resource names the profile schema by its {@code $id} (e.g.
 * {@code https://custody-advisor.example/schema/profile.schema.json#/$defs/Need}); each such reference becomes
 * a reference into the embedded copy.
 */
final class OpenApiDocument {

    static final String RESOURCE = "/openapi/openapi.json";
    static final String PROFILE_POINTER = "#/components/schemas/Profile";

    private OpenApiDocument() {
    }

    /** The document as served: indented JSON with the profile schema embedded. */
    static String render(JsonNode profileSchema) {
        return Mappers.JSON_PRETTY.writeValueAsString(build(profileSchema)) + "\n";
    }

    static ObjectNode build(JsonNode profileSchema) {
        ObjectNode document = (ObjectNode) readResource();
        String profileId = profileSchema.path("$id").asString("");
        ObjectNode profile = (ObjectNode) profileSchema.deepCopy();
        // inside the embedded copy "$id" would re-base its "#/$defs/..." references away from the document
        profile.remove("$id");
        profile.remove("$schema");
        rewriteRefs(profile, "#", PROFILE_POINTER);
        rewriteRefs(document, profileId + "#", PROFILE_POINTER);
        rewriteRefs(document, profileId, PROFILE_POINTER);
        ((ObjectNode) document.path("components").path("schemas")).set("Profile", profile);
        return document;
    }

    /** Replaces the prefix of every {@code $ref} that starts with it; other references stay. */
    private static void rewriteRefs(JsonNode node, String prefix, String replacement) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString() && ref.asString().startsWith(prefix)
                    && !ref.asString().startsWith(replacement)) {
                object.put("$ref", replacement + ref.asString().substring(prefix.length()));
            }
            List<JsonNode> children = new ArrayList<>();
            for (Map.Entry<String, JsonNode> property : object.properties()) {
                children.add(property.getValue());
            }
            children.forEach(child -> rewriteRefs(child, prefix, replacement));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rewriteRefs(child, prefix, replacement));
        }
    }

    private static JsonNode readResource() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("OpenAPI document not on the class path: " + RESOURCE);
            }
            return Mappers.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
