package com.custodyadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.catalog.Provider;
import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.profile.ProfileReader;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.OpenApi31;
import com.custodyadvisor.engine.AdvisorFactory;
import com.custodyadvisor.reload.LiveAdvisor;
import com.custodyadvisor.support.RunawayRules;
import com.custodyadvisor.engine.Advisor;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.file.Files;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The served OpenAPI document describes what the service really answers: every 200 and every problem is
 * validated against the schema the document gives for it, and the profile schema is embedded, not copied.
 */
class OpenApiContractTest {

    /** Where the validator files the served document; it is never fetched from there. */
    private static final String DOCUMENT_URI = "https://custody-advisor.example/openapi.json";

    @RegisterExtension
    static final TestServer server = TestServer.shipped();

    private static JsonNode document;
    private static SchemaRegistry schemas;

    @BeforeAll
    static void readTheDocument() {
        HttpResponse<String> response = server.get("/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        document = Mappers.JSON.readTree(response.body());
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        String strict = Mappers.JSON.writeValueAsString(closed(document.deepCopy()));
        schemas = SchemaRegistry.withDefaultDialect(OpenApi31.getInstance(),
                builder -> builder.schemaRegistryConfig(config).schemas(Map.of(DOCUMENT_URI, strict)));
    }


    static List<Path> examples() {
        return Profiles.examples();
    }

    @Test
    void isOpenApi31WithEveryEndpointOfTheContract() {
        assertThat(document.path("openapi").asString()).isEqualTo("3.1.0");
        assertThat(document.path("paths").propertyNames()).containsExactlyInAnyOrder("/v1/advisories",
                "/v1/advisories:batch", "/v1/providers", "/v1/providers/{id}", "/v1/rules", "/v1/regimes", "/health",
                "/health/live", "/health/ready", "/metrics", "/openapi.json", "/docs", "/v1/admin/reload");
        assertThat(document.path("components").path("responses").propertyNames()).contains("InvalidProfile",
                "NotFound", "MethodNotAllowed", "ContentTooLarge", "UnsupportedMediaType", "ServiceUnavailable",
                "InternalServerError");
        assertThat(document.at("/servers/0/url").asString()).isEqualTo("/");
    }

    @Test
    void embedsTheProfileSchemaFileAsIs() {
        JsonNode file = new ProfileReader().schema().schemaNode();
        ObjectNode expected = (ObjectNode) file.deepCopy();
        expected.remove("$id");
        expected.remove("$schema");

        JsonNode embedded = document.path("components").path("schemas").path("Profile");

        assertThat(Mappers.JSON.writeValueAsString(embedded).replace("#/components/schemas/Profile/", "#/"))
                .isEqualTo(Mappers.JSON.writeValueAsString(expected));
    }

    @Test
    void everyReferenceResolvesInsideTheDocument() {
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);

        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            assertThat(ref).startsWith("#/");
            assertThat(document.at(JsonPointer.compile(ref.substring(1))).isMissingNode()).as(ref).isFalse();
        });
    }

    @Test
    void requestBodiesAreTheProfileSchemaInJsonAndYaml() {
        JsonNode content = document.at("/paths/~1v1~1advisories/post/requestBody/content");

        assertThat(content.propertyNames()).containsExactlyInAnyOrder("application/json", "application/yaml",
                "application/x-yaml", "text/yaml");
        assertThat(content).allSatisfy(media -> assertThat(media.path("schema").path("$ref").asString())
                .isEqualTo("#/components/schemas/Profile"));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void embeddedProfileSchemaAcceptsTheExamples(Path example) {
        assertValid(componentSchema("Profile"), Mappers.YAML.readTree(Profiles.yaml(example)));
    }

    /** Every request example in the document is a profile the service accepts: schema and cross-field checks. */
    @Test
    void requestExamplesAreValidProfiles() throws Exception {
        JsonNode content = document.at("/paths/~1v1~1advisories/post/requestBody/content");
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, JsonNode> media : content.properties()) {
            for (Map.Entry<String, JsonNode> example : media.getValue().path("examples").properties()) {
                JsonNode value = example.getValue().path("value");
                byte[] body = value.isString() ? value.asString().getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        : Mappers.JSON.writeValueAsBytes(value);
                new ProfileReader().read(body);
                checked.add(media.getKey() + " " + example.getKey());
            }
        }
        assertThat(checked).contains("application/json layeredTower", "application/yaml minimal");
    }

    @Test
    void embeddedProfileSchemaRejectsWhatTheServiceRejects() {
        JsonNode invalid = Mappers.JSON.readTree(
                "{\"firm\": {\"name\": \"x\", \"type\": \"ALIEN\"}, \"holdings\": {}}");

        assertThat(componentSchema("Profile").validate(invalid)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void advisoriesMatchTheirSchema(Path example) {
        Schema schema = responseSchema("/v1/advisories", "post", "200", "application/json");

        for (String query : List.of("", "?explain=true")) {
            HttpResponse<String> response = server.post("/v1/advisories" + query, "application/yaml",
                    Profiles.yaml(example));
            assertThat(response.statusCode()).isEqualTo(200);
            assertValid(schema, Mappers.JSON.readTree(response.body()));
        }
    }

    @Test
    void batchLinesMatchTheirSchemaOneProfileEach() {
        Schema schema = responseSchema("/v1/advisories:batch", "post", "200", "application/x-ndjson");
        StringBuilder lines = new StringBuilder();
        for (Path example : examples()) {
            lines.append(Profiles.json(example)).append('\n');
        }
        lines.append("{\"firm\": 1}\n");

        for (String query : List.of("", "?explain=true")) {
            HttpResponse<String> response = server.post("/v1/advisories:batch" + query, "application/x-ndjson",
                    lines.toString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
            List<String> results = response.body().lines().toList();
            assertThat(results).hasSize(examples().size() + 1);
            for (String line : results) {
                assertValid(schema, Mappers.JSON.readTree(line));
            }
            assertThat(Mappers.JSON.readTree(results.get(results.size() - 1)).path("errors").isArray()).isTrue();
        }
        JsonNode fromArray = Mappers.JSON.readTree(server.post("/v1/advisories:batch", "application/json",
                "[" + Profiles.MINIMAL_JSON + "]").body());
        assertValid(schema, fromArray);
        assertValidProblem(server.post("/v1/advisories:batch", "application/json", "{}"), "/v1/advisories:batch",
                "post", "400");
        assertValidProblem(server.post("/v1/advisories:batch", "application/yaml", "x: 1"), "/v1/advisories:batch",
                "post", "415");
    }

    @Test
    void catalogueRulesAndHealthMatchTheirSchemas() {
        assertValidResponse("/v1/providers", "/v1/providers");
        assertValidResponse("/v1/rules", "/v1/rules");
        assertValidResponse("/v1/regimes", "/v1/regimes");
        assertValidResponse("/health", "/health");
        for (Provider provider : TestAdvisors.shipped().catalog().providers()) {
            assertValidResponse("/v1/providers/{id}", "/v1/providers/" + provider.id());
        }
    }

    @Test
    void probesAndMetricsMatchTheirDescriptions() {
        assertValidResponse("/health/live", "/health/live");
        assertValidResponse("/health/ready", "/health/ready");
        HttpResponse<String> metrics = server.get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(document.at("/paths/~1metrics/get/responses/200/content").has(
                metrics.headers().firstValue("Content-Type").orElseThrow().split(";")[0])).isTrue();
    }

    @Test
    void whileStartingTheProbeAndTheEndpointsAnswerAsDocumented() {
        LiveAdvisor starting = new LiveAdvisor(TestAdvisors.RULES, TestAdvisors.DATA, Clock.systemUTC());
        try (TestServer notReady = TestServer.start(starting, TestServer.config())) {
            HttpResponse<String> ready = notReady.get("/health/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertValid(responseSchema("/health/ready", "get", "503", "application/json"),
                    Mappers.JSON.readTree(ready.body()));
            assertValidProblem(notReady.post("/v1/advisories", "application/json", Profiles.MINIMAL_JSON),
                    "/v1/advisories", "post", "503");
            for (String path : List.of("/v1/providers", "/v1/rules", "/health")) {
                assertValidProblem(notReady.get(path), path, "get", "503");
            }
        }
    }

    @Test
    void problemsMatchTheDocumentedResponses() {
        assertValidProblem(server.post("/v1/advisories", "application/json", "{\"firm\": 1}"),
                "/v1/advisories", "post", "400");
        assertValidProblem(server.post("/v1/advisories", "application/yaml", "x".repeat(300_000)),
                "/v1/advisories", "post", "413");
        assertValidProblem(server.post("/v1/advisories", "text/plain", "x"), "/v1/advisories", "post", "415");
        assertValidProblem(server.send(server.request("/v1/advisories").header("Content-Type", "application/json")
                        .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofString("{}")).build()),
                "/v1/advisories", "post", "415");
        StringBuilder manyWallets = new StringBuilder("{\"firm\": {\"name\": \"x\", \"type\": \"BANK\", "
                + "\"domicile\": \"US\"}, \"holdings\": {\"aumUsd\": 1}, \"wallets\": [");
        for (int i = 0; i < 150; i++) {
            manyWallets.append(i == 0 ? "" : ",").append("{\"tier\": \"HOT\", \"valueUsd\": -1}");
        }
        HttpResponse<String> capped = server.post("/v1/advisories", "application/json", manyWallets + "]}");
        assertThat(Mappers.JSON.readTree(capped.body()).path("truncated").asBoolean()).isTrue();
        assertValidProblem(capped, "/v1/advisories", "post", "400");
        assertValidProblem(server.get("/v1/providers/none"), "/v1/providers/{id}", "get", "404");
        HttpResponse<String> notAllowed = server.get("/v1/advisories");
        assertThat(notAllowed.statusCode()).isEqualTo(405);
        assertValid(documentSchema("/components/responses/MethodNotAllowed/content/application~1problem+json/schema"),
                Mappers.JSON.readTree(notAllowed.body()));
    }

    @Test
    void aSlowBodyAndAnAdvisoryPastItsDeadlineMatchTheirResponses(@TempDir Path rules) throws Exception {
        Advisor ticking = TestAdvisors.withRules(rules, RunawayRules.TICKS_SLOWLY).withTimeout(Duration.ofMillis(300));
        try (TestServer slow = TestServer.start(() -> ticking,
                TestServer.config().withBodyTimeout(Duration.ofMillis(500)).withAdminKey("key"))) {
            assertValidProblem(slow.post("/v1/advisories", "application/json", Profiles.MINIMAL_JSON),
                    "/v1/advisories", "post", "503");
            HttpResponse<String> degraded = slow.get("/health", "Authorization", "Bearer key");
            assertThat(Mappers.JSON.readTree(degraded.body()).path("status").asString()).isEqualTo("DEGRADED");
            assertValid(responseSchema("/health", "get", "200", "application/json"),
                    Mappers.JSON.readTree(degraded.body()));
            assertValidProblem(slow.get("/health", "Authorization", "Bearer nope"), "/health", "get", "401");
            try (RawClient client = new RawClient(slow.port())) {
                RawClient.Answer timedOut = client.startPost("/v1/advisories", "application/json", 100).send("{")
                        .answer();
                assertThat(timedOut.status()).isEqualTo(408);
                assertValid(responseSchema("/v1/advisories", "post", "408", "application/problem+json"),
                        Mappers.JSON.readTree(timedOut.body()));
            }
        }
    }

    @Test
    void reloadAnswersAndHealthAfterAReloadMatchTheirSchemas(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Path data = Path.of("data");
        Files.writeString(rules.resolve("one.drl"), """
                package custody.rules;
                import com.custodyadvisor.profile.*;
                rule "Notes a firm"
                    @id("T-NOTE") @severity("INFO") @category("TEST") @source("test")
                when
                    Firm()
                then
                end
                """);
        LiveAdvisor live = new LiveAdvisor(AdvisorFactory.load(rules, data), rules, data, Clock.systemUTC());
        String auth = "Bearer key";
        try (TestServer admin = TestServer.start(live, TestServer.config().withAdminKey("key"))) {
            HttpResponse<String> reloaded = admin.post("/v1/admin/reload", null, "", "Authorization", auth);
            assertThat(reloaded.statusCode()).isEqualTo(200);
            assertValid(responseSchema("/v1/admin/reload", "post", "200", "application/json"),
                    Mappers.JSON.readTree(reloaded.body()));
            assertValidProblem(admin.post("/v1/admin/reload", null, ""), "/v1/admin/reload", "post", "401");

            Files.writeString(rules.resolve("one.drl"), "rule \"Unclosed\" when Firm( then end\n");
            assertValidProblem(admin.post("/v1/admin/reload", null, "", "Authorization", auth), "/v1/admin/reload",
                    "post", "422");
            HttpResponse<String> health = admin.get("/health", "Authorization", auth);
            assertThat(Mappers.JSON.readTree(health.body()).has("lastReloadError")).isTrue();
            assertValid(responseSchema("/health", "get", "200", "application/json"),
                    Mappers.JSON.readTree(health.body()));
        }
        assertValidProblem(server.post("/v1/admin/reload", null, "", "Authorization", auth), "/v1/admin/reload",
                "post", "404");
    }

    @Test
    void docsPageLoadsSwaggerUiFromThisServiceOnly() {
        HttpResponse<String> page = server.get("/docs");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        Matcher assets = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.body());
        List<String> urls = new ArrayList<>();
        while (assets.find()) {
            urls.add(assets.group(1));
        }
        assertThat(urls).contains("/docs/swagger-ui-bundle.js", "/docs/swagger-ui.css",
                "/docs/swagger-initializer.js").allSatisfy(url -> {
                    assertThat(url).startsWith("/docs/");
                    assertThat(server.get(url).statusCode()).as(url).isEqualTo(200);
                });
        assertThat(server.get("/docs/swagger-initializer.js").body()).contains("url: \"/openapi.json\"")
                .doesNotContain("petstore");
    }

    private static void assertValidResponse(String documentedPath, String path) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertValid(responseSchema(documentedPath, "get", "200", "application/json"),
                Mappers.JSON.readTree(response.body()));
    }

    private static void assertValidProblem(HttpResponse<String> response, String path, String method, String status) {
        assertThat(response.statusCode()).isEqualTo(Integer.parseInt(status));
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertValid(responseSchema(path, method, status, "application/problem+json"),
                Mappers.JSON.readTree(response.body()));
    }

    private static void assertValid(Schema schema, JsonNode instance) {
        List<Error> errors = schema.validate(instance);
        assertThat(errors).as("violations of %s", schema.getSchemaLocation()).isEmpty();
    }

    /** The schema the document gives for a response, following a {@code $ref} to components.responses. */
    private static Schema responseSchema(String path, String method, String status, String mediaType) {
        String response = "/paths/" + escape(path) + "/" + method + "/responses/" + status;
        JsonNode ref = document.at(JsonPointer.compile(response)).path("$ref");
        if (ref.isString()) {
            response = ref.asString().substring(1);
        }
        return documentSchema(response + "/content/" + escape(mediaType) + "/schema");
    }

    private static Schema componentSchema(String name) {
        return documentSchema("/components/schemas/" + name);
    }

    private static Schema documentSchema(String pointer) {
        assertThat(document.at(JsonPointer.compile(pointer)).isMissingNode()).as(pointer).isFalse();
        return schemas.getSchema(SchemaLocation.of(DOCUMENT_URI + "#" + pointer));
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /**
     * The document with every object schema of components.schemas closed to undocumented properties, so a
     * field the service sends but the document does not describe fails validation. The served document
     * stays open: clients are told to ignore fields added later.
     */
    private static JsonNode closed(JsonNode node) {
        closeObjects(node.path("components").path("schemas"));
        return node;
    }

    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
        }
        if (node.isContainer()) {
            node.forEach(OpenApiContractTest::closeObjects);
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.has("$ref") && node.get("$ref").isString()) {
            refs.add(node.get("$ref").asString());
        }
        if (node.isContainer()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}
