package com.custodyadvisor.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JsonPatchTest {

    private static final JsonNode DOC = json("""
            {"wallets": [{"name": "cold", "tier": "COLD"}, {"name": "hot", "tier": "HOT"}],
             "insurance": {"policies": [{"line": "CRIME"}]}, "a/b": {"m~n": 1}}
            """);

    @Test
    void replaceChangesAListItemByPointerAndKeepsMemberOrder() throws Exception {
        JsonNode patched = JsonPatch.apply(DOC, json("[{\"op\": \"replace\", \"path\": \"/wallets/0/tier\", \"value\": \"HOT\"}]"));
        assertThat(patched.at("/wallets/0").propertyNames()).containsExactly("name", "tier");
        assertThat(patched.at("/wallets/0/tier").asString()).isEqualTo("HOT");
        assertThat(DOC.at("/wallets/0/tier").asString()).as("the document itself is left alone").isEqualTo("COLD");
    }

    @Test
    void addAppendsWithDashInsertsAtAnIndexAndSetsAMember() throws Exception {
        JsonNode patched = JsonPatch.apply(DOC, json("""
                [{"op": "add", "path": "/insurance/policies/-", "value": {"line": "CYBER"}},
                 {"op": "add", "path": "/wallets/1", "value": {"name": "warm"}},
                 {"op": "add", "path": "/insurance/brokerEngaged", "value": true}]
                """));
        assertThat(patched.at("/insurance/policies/1/line").asString()).isEqualTo("CYBER");
        assertThat(patched.path("wallets")).extracting(w -> w.path("name").asString()).containsExactly("cold", "warm", "hot");
        assertThat(patched.at("/insurance/brokerEngaged").asBoolean()).isTrue();
    }

    @Test
    void removeMoveCopyAndTest() throws Exception {
        JsonNode patched = JsonPatch.apply(DOC, json("""
                [{"op": "test", "path": "/wallets/1/name", "value": "hot"},
                 {"op": "copy", "from": "/wallets/1", "path": "/wallets/-"},
                 {"op": "move", "from": "/wallets/0", "path": "/spare"},
                 {"op": "remove", "path": "/wallets/0"},
                 {"op": "test", "path": "/a~1b/m~0n", "value": 1.0}]
                """));
        assertThat(patched.path("wallets")).extracting(w -> w.path("name").asString()).containsExactly("hot");
        assertThat(patched.at("/spare/name").asString()).isEqualTo("cold");
    }

    @Test
    void aFailingOperationIsNamedByItsPlaceInThePatch() {
        JsonPatchException missing = catchThrowableOfType(JsonPatchException.class, () -> JsonPatch.apply(DOC, json("""
                [{"op": "test", "path": "/wallets/0/name", "value": "cold"},
                 {"op": "replace", "path": "/wallets/5/tier", "value": "HOT"}]
                """)));
        assertThat(missing.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/1");
            assertThat(p.message()).startsWith("replace /wallets/5/tier: no such location");
        });
        JsonPatchException test = catchThrowableOfType(JsonPatchException.class, () -> JsonPatch.apply(DOC,
                json("[{\"op\": \"test\", \"path\": \"/wallets/0/tier\", \"value\": \"HOT\"}]")));
        assertThat(test.problems().get(0).message()).contains("test failed").contains("COLD");
    }

    @Test
    void malformedOperationsAreRefused() {
        assertThat(message("[{\"op\": \"merge\", \"path\": \"/a\"}]")).contains("unknown op \"merge\"");
        assertThat(message("[{\"op\": \"add\", \"path\": \"/a\"}]")).contains("needs a \"value\"");
        assertThat(message("[{\"op\": \"move\", \"path\": \"/a\"}]")).contains("needs a \"from\"");
        assertThat(message("[{\"op\": \"remove\", \"path\": \"wallets\"}]")).contains("is not a JSON Pointer");
        assertThat(message("[{\"op\": \"move\", \"from\": \"/wallets\", \"path\": \"/wallets/0/x\"}]"))
                .contains("into one of its own children");
        assertThat(message("[{\"op\": \"add\", \"path\": \"/wallets/07\", \"value\": 1}]")).contains("no such location");
        assertThat(message("{\"op\": \"add\"}")).contains("a list of operations");
    }

    private static String message(String patch) {
        return catchThrowableOfType(JsonPatchException.class, () -> JsonPatch.apply(DOC, json(patch)))
                .problems().get(0).message();
    }

    private static JsonNode json(String text) {
        return Mappers.JSON.readTree(text);
    }
}
