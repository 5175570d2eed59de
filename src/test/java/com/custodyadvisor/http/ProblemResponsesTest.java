package com.custodyadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.document.Mappers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Every client error comes back as an RFC 9457 problem, never as a 5xx. */
class ProblemResponsesTest {

    private static final String PATH = "/v1/advisories";
    private static final String TYPES = ProblemDetails.TYPE_BASE;

    @RegisterExtension
    static final TestServer server = TestServer.shipped();

    @Test
    void malformedJsonSaysWhere() {
        HttpResponse<String> response = server.post(PATH, "application/json",
                "{\"firm\": {\"name\": \"x\",\n  \"type\": }");

        JsonNode problem = problem(response, 400);
        assertThat(problem.path("type").asString()).isEqualTo(TYPES + "invalid-profile");
        assertThat(problem.path("errors")).hasSize(1);
        JsonNode error = problem.path("errors").get(0);
        assertThat(error.path("path").asString()).isEmpty();
        assertThat(error.path("message").asString()).startsWith("malformed JSON");
        assertThat(error.path("line").asInt()).isEqualTo(2);
        assertThat(error.path("column").asInt()).isEqualTo(11);
    }

    @Test
    void malformedYamlSaysWhere() {
        String yaml = "firm:\n  name: x\n  type: [unclosed\nholdings: {}\n";

        JsonNode problem = problem(server.post(PATH, "application/yaml", yaml), 400);

        JsonNode error = problem.path("errors").get(0);
        assertThat(error.path("message").asString()).startsWith("malformed YAML");
        assertThat(error.path("line").asInt()).isEqualTo(4);
        assertThat(error.path("column").asInt()).isPositive();
    }

    @Test
    void everySchemaViolationIsListedWithItsPointer() {
        String yaml = """
                firm:
                  name: x
                  type: QUALIFIED_CUSTODIAN
                holdings:
                  aumUsd: -5
                wallets:
                  - tier: COLD
                    valueUsd: -1
                  - tier: HOT
                    valueUsd: "lots"
                """;

        JsonNode problem = problem(server.post(PATH, "application/yaml", yaml), 400);

        assertThat(problem.path("errors")).extracting(e -> e.path("path").asString())
                .containsExactly("/firm/domicile", "/holdings/aumUsd", "/wallets/0/valueUsd", "/wallets/1/valueUsd");
        assertThat(problem.path("errors").get(1).path("message").asString()).isEqualTo("must be >= 0 (is -5)");
        assertThat(problem.path("errors")).allSatisfy(e -> assertThat(e.path("line").asInt()).isPositive());
        assertThat(problem.path("detail").asString()).contains("4 problems");
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        String json = """
                {"firm": {"name": "x", "type": "ALIEN", "domicile": "US"}, "holdings": {"aumUsd": 1},
                 "wallets": [{"tier": "LUKEWARM", "valueUsd": 1}]}
                """;

        JsonNode problem = problem(server.post(PATH, "application/json", json), 400);

        assertThat(problem.path("errors"))
                .extracting(e -> e.path("path").asString() + ": " + e.path("message").asString())
                .containsExactly(
                        "/firm/type: unknown value \"ALIEN\"; allowed: QUALIFIED_CUSTODIAN, EXCHANGE, TRUSTEE, "
                                + "PRIME_BROKER, ETF_SERVICE_PROVIDER, BANK, FINTECH, B2B_PLATFORM, MPC_VENDOR, "
                                + "TOKENIZATION_PLATFORM, WEB3_PLATFORM, RETAIL_PLATFORM, SMB, CARRIER",
                        "/wallets/0/tier: unknown value \"LUKEWARM\"; allowed: COLD, WARM, HOT");
    }

    @Test
    void bodyOverTheLimitIs413() {
        String big = "# padding\n".repeat(30_000);

        JsonNode problem = problem(server.post(PATH, "application/yaml", big), 413);

        assertThat(problem.path("type").asString()).isEqualTo(TYPES + "content-too-large");
        assertThat(problem.path("detail").asString()).contains(String.valueOf(ServerConfig.DEFAULT_MAX_BODY_BYTES));
    }

    @Test
    void chunkedBodyOverTheLimitIs413() {
        byte[] big = "# padding\n".repeat(30_000).getBytes(StandardCharsets.UTF_8);
        // a stream publisher sends no Content-Length: the limit must hold while reading
        HttpRequest request = server.request(PATH).header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();

        problem(server.send(request), 413);
    }

    @Test
    void bodyAtTheLimitIsRead() {
        String profile = Profiles.MINIMAL_JSON;
        String padded = profile + " ".repeat((int) ServerConfig.DEFAULT_MAX_BODY_BYTES - profile.length());

        HttpResponse<String> response = server.post(PATH, "application/json", padded);

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data"})
    void otherMediaTypesAre415(String contentType) {
        JsonNode problem = problem(server.post(PATH, contentType, Profiles.MINIMAL_JSON), 415);

        assertThat(problem.path("type").asString()).isEqualTo(TYPES + "unsupported-media-type");
        assertThat(problem.path("detail").asString()).contains("application/json", "application/yaml");
    }

    @Test
    void noContentTypeIs415() {
        JsonNode problem = problem(server.post(PATH, null, Profiles.MINIMAL_JSON), 415);

        assertThat(problem.path("detail").asString()).startsWith("The request has no Content-Type");
    }

    @Test
    void badExplainValueIs400() {
        HttpResponse<String> response = server.post(PATH + "?explain=perhaps", "application/json",
                Profiles.MINIMAL_JSON);

        JsonNode problem = problem(response, 400);

        assertThat(problem.path("detail").asString()).contains("explain");
    }

    @Test
    void unknownProviderIs404() {
        JsonNode problem = problem(server.get("/v1/providers/no-such-provider"), 404);

        assertThat(problem.path("type").asString()).isEqualTo(TYPES + "not-found");
        assertThat(problem.path("detail").asString()).contains("no-such-provider", "evertas");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v2/advisories", "/v1/providers/evertas/extra", "/docs/missing.js", "/missing.html"})
    void unknownRouteIs404(String path) {
        JsonNode problem = problem(server.get(path), 404);

        assertThat(problem.path("title").asString()).isEqualTo("Not Found");
    }

    @Test
    void wrongMethodIs405WithAllow() {
        HttpResponse<String> get = server.get(PATH);
        HttpResponse<String> delete = server.send(server.request("/v1/providers").DELETE().build());
        HttpResponse<String> post = server.post("/health", "application/json", "{}");

        assertThat(problem(get, 405).path("type").asString()).isEqualTo(TYPES + "method-not-allowed");
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        problem(delete, 405);
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET");
        problem(post, 405);
    }

    @Test
    void aProfileThatContradictsItselfIs400WithEachProblemAtItsPointerAndLine() {
        String yaml = """
                firm: {name: x, type: EXCHANGE, domicile: JP}
                holdings:
                  aumUsd: 1000000000
                wallets:
                  - {tier: COLD, valueUsd: 1200000000}
                  - {tier: HOT, valueUsd: 120000000}
                insurance:
                  policies:
                    - line: CRIME
                      limitUsd: 10000000
                      deductibleUsd: 10000000
                """;

        JsonNode problem = problem(server.post(PATH, "application/yaml", yaml), 400);

        assertThat(problem.path("type").asString()).isEqualTo(TYPES + "invalid-profile");
        assertThat(problem.path("errors")).hasSize(2);
        JsonNode aum = problem.path("errors").get(0);
        assertThat(aum.path("path").asString()).isEqualTo("/holdings/aumUsd");
        assertThat(aum.path("message").asString()).isEqualTo("wallets hold 1,320,000,000 USD in all, more than aumUsd"
                + " 1,000,000,000 USD by 32%: aumUsd is everything held, every wallet included");
        assertThat(aum.path("line").asInt()).isEqualTo(3);
        assertThat(aum.path("column").asInt()).isEqualTo(3);
        JsonNode deductible = problem.path("errors").get(1);
        assertThat(deductible.path("path").asString()).isEqualTo("/insurance/policies/0/deductibleUsd");
        assertThat(deductible.path("line").asInt()).isEqualTo(11);
        assertThat(server.post(PATH, "application/yaml", yaml.replace("1200000000", "980000000"))
                .statusCode()).as("the same profile, wallets within aumUsd").isEqualTo(400);
        assertThat(server.post(PATH, "application/yaml", yaml.replace("1200000000", "980000000")
                .replace("deductibleUsd: 10000000", "deductibleUsd: 9999999")).statusCode()).isEqualTo(200);
    }

    /** Bodies a careless or hostile client may send: each is a 400 with the reason, none a 5xx. */
    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "null", "[]", "42", "\"text\"", "{}", "{\"firm\": null, \"holdings\": []}",
            "{\"firm\": {\"name\": \"x\"}} trailing", "{\"a\": 1, \"a\": 2}", "{\"holdings\": {\"aumUsd\": 1e400}}",
            "\u0000\u0001\u0002", "- [a, b]\n- {c: d}", "key: &a [*a]", "firm: !!java.lang.Object {}"})
    void oddBodiesAre400(String body) {
        for (String contentType : List.of("application/json", "application/yaml")) {
            JsonNode problem = problem(server.post(PATH, contentType, body), 400);
            assertThat(problem.path("errors")).isNotEmpty();
        }
    }

    @Test
    void deeplyNestedBodyIs400() {
        String nested = "[".repeat(100_000) + "]".repeat(100_000);

        problem(server.post(PATH, "application/json", nested), 400);
        problem(server.post(PATH, "application/yaml", nested), 400);
    }

    @Test
    void aliasBombIs400() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            yaml.append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
        }

        problem(server.post(PATH, "application/yaml", yaml.toString()), 400);
    }

    @Test
    void badUriFromJettyIsAProblem() throws IOException {
        String response = raw("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertRawProblem(response, 400);
    }

    @Test
    void requestWithoutHostFromJettyIsAProblem() throws IOException {
        String response = raw("GET /health HTTP/1.1\r\nConnection: close\r\n\r\n");

        assertRawProblem(response, 400);
    }

    @Test
    void oversizedHeadersFromJettyAreAProblem() {
        HttpResponse<String> response = server.get("/health", "X-Padding", "p".repeat(20_000));

        assertThat(problem(response, 431).path("title").asString()).isEqualTo("Request Header Fields Too Large");
    }

    /** Asserts the status and the problem+json content type, and returns the problem. */
    static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Mappers.JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asString()).startsWith(TYPES);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        return problem;
    }

    private static void assertRawProblem(String response, int status) {
        int split = response.indexOf("\r\n\r\n");
        String head = response.substring(0, split);
        assertThat(head).startsWith("HTTP/1.1 " + status)
                .containsIgnoringCase("Content-Type: application/problem+json");
        JsonNode problem = Mappers.JSON.readTree(response.substring(split + 4));
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asString()).startsWith(TYPES);
    }

    /** Sends bytes the JDK client refuses to send (a malformed URI, no Host) and reads the whole answer. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
