package com.custodyadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.support.Pointers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Inputs found by fuzzing the service from outside: each once gave a 500, an unbounded answer or a wrong
 * reading. Each is now a 400 (or 415) problem whose pointers name a place in what was sent.
 */
class HostileInputTest {

    private static final String PATH = "/v1/advisories";
    private static final String FIRM = "\"firm\": {\"name\": \"x\", \"type\": \"EXCHANGE\", \"domicile\": \"US\"}, "
            + "\"holdings\": {\"aumUsd\": 1}";

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestAdvisors.shipped());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"wallets\": {\"0\": {\"tier\": \"HOT\", \"valueUsd\": 1}}",
            "\"insurance\": {\"policies\": {\"0\": {\"line\": \"CRIME\", \"limitUsd\": 1}}}",
            "\"wallets\": [{\"tier\": \"HOT\", \"valueUsd\": 1, \"threshold\": 1e300, \"keyShares\": 2}]",
            "\"wallets\": [{\"tier\": \"HOT\", \"valueUsd\": 1, \"threshold\": 1.5e19, \"keyShares\": 1e19}]",
            "\"wallets\": [{\"tier\": \"HOT\", \"valueUsd\": 1, \"threshold\": 18446744073709551617, "
                    + "\"keyShares\": 9223372036854775808}]",
            "\"insurance\": {\"policies\": [{\"line\": \"CRIME\", \"limitUsd\": 1e400, \"tierSublimitsUsd\": "
                    + "{\"HOT\": 1e401}}]}",
            "\"wallets\": [{\"tier\": \"HOT\", \"valueUsd\": -1e30, \"hsmFipsLevel\": -1e19}]"})
    void inputsThatOnceGave500AreInvalidProfiles(String section) {
        String body = "{" + FIRM + ", " + section + "}";

        HttpResponse<String> response = server.post(PATH, "application/json", body);

        JsonNode problem = ProblemResponsesTest.problem(response, 400);
        assertPointersExist(problem, body);
    }

    @Test
    void aWaiverIdOfKilobytesIsRefusedWithoutBlowingTheStack() {
        String id = "A-B".repeat(1_850);
        String body = "{" + FIRM + ", \"waivers\": [{\"id\": \"" + id + "\", \"reason\": \"r\"}]}";

        try (LogCapture log = LogCapture.all()) {
            JsonNode problem = ProblemResponsesTest.problem(server.post(PATH, "application/json", body), 400);

            assertThat(problem.path("errors")).anySatisfy(e ->
                    assertThat(e.path("path").asString()).isEqualTo("/waivers/0/id"));
            assertThat(problem.toString()).doesNotContain(id);
            assertThat(log.events()).noneMatch(e -> e.getThrowableProxy() != null);
        }
    }

    @Test
    void aHugeArrayGetsItsSizeProblemNotOneProblemPerItem() {
        StringBuilder wallets = new StringBuilder("{\"wallets\":[1");
        while (wallets.length() < 256 * 1024 - 4) {
            wallets.append(",1");
        }
        String body = wallets.append("]}").toString();

        HttpResponse<String> response = server.post(PATH, "application/json", body);

        JsonNode problem = ProblemResponsesTest.problem(response, 400);
        assertThat(response.body().length()).isLessThan(10_000);
        assertThat(problem.path("errors")).anySatisfy(e -> {
            assertThat(e.path("path").asString()).isEqualTo("/wallets");
            assertThat(e.path("message").asString()).contains("at most 500");
        });
        assertThat(problem.path("errors")).noneSatisfy(e ->
                assertThat(e.path("path").asString()).startsWith("/wallets/"));
    }

    @Test
    void problemsAreCappedWithTheTotalGiven() {
        StringBuilder wallets = new StringBuilder("{" + FIRM + ", \"wallets\": [");
        for (int i = 0; i < 400; i++) {
            wallets.append(i == 0 ? "" : ",").append("{\"tier\": \"WARM\", \"valueUsd\": -1}");
        }
        String body = wallets.append("]}").toString();

        JsonNode problem = ProblemResponsesTest.problem(server.post(PATH, "application/json", body), 400);

        assertThat(problem.path("errors")).hasSize(100);
        assertThat(problem.path("truncated").asBoolean()).isTrue();
        assertThat(problem.path("total").asInt()).isEqualTo(400);
        assertThat(problem.path("detail").asString()).contains("400 problems", "the first 100");
    }

    @Test
    void aFloodOfUnknownFieldsIsOneProblem() {
        StringBuilder body = new StringBuilder("{" + FIRM);
        for (int i = 0; body.length() < 200_000; i++) {
            body.append(", \"k").append(i).append("\": 1");
        }
        body.append('}');

        HttpResponse<String> response = server.post(PATH, "application/json", body.toString());

        JsonNode problem = ProblemResponsesTest.problem(response, 400);
        assertThat(problem.path("errors")).hasSize(1);
        assertThat(problem.path("errors").get(0).path("message").asString())
                .containsPattern("has \\d+ fields that are not known here \\(the first: k0, k1, k2\\)");
        assertThat(response.body().length()).isLessThan(1_000);
    }

    @Test
    void aYamlAliasIsRefusedNotReadAsTheAnchorsName() {
        String yaml = """
                firm: {name: x, type: EXCHANGE, domicile: US}
                holdings: {aumUsd: 1000}
                wallets:
                  - {tier: COLD, valueUsd: 10, provider: &p in-house}
                  - {tier: HOT, valueUsd: 10, provider: *p}
                """;

        JsonNode problem = ProblemResponsesTest.problem(server.post(PATH, "application/yaml", yaml), 400);

        JsonNode error = problem.path("errors").get(0);
        assertThat(error.path("message").asString()).contains("alias", "*p");
        assertThat(error.path("line").asInt()).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"firm\": {\"name\": \"x\"}, \"holdings\": {\"aumUsd\": NaN}}",
            "{\"firm\": {\"name\": \"x\"}, \"holdings\": {\"aumUsd\": Infinity}}",
            "{\"firm\": {\"name\": \"x\"}, \"holdings\": {\"aumUsd\": 1111111111111111111111111111111111111111111111111"
                    + "11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
                    + "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
                    + "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
                    + "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
                    + "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
                    + "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
                    + "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
                    + "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
                    + "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
                    + "11111111111111111111111111111111111111111111111111111111111111111}}",
            "firm: {name: x, type: EXCHANGE, domicile: US}\nholdings: {aumUsd: .inf}\n",
            "firm: {name: x, type: EXCHANGE, domicile: US}\nholdings: {aumUsd: .nan}\n"})
    void numbersJsonCannotHoldAreSaidPlainly(String body) {
        JsonNode problem = ProblemResponsesTest.problem(server.post(PATH, "application/yaml", body), 400);

        assertThat(problem.toString()).doesNotContain("StreamReadConstraints", "JsonReadFeature", "`",
                "the number Infinity", "the number NaN");
        assertThat(problem.path("errors")).allSatisfy(e -> assertThat(e.path("line").asInt()).isPositive());
    }

    @Test
    void deepNestingIsSaidPlainly() {
        String body = "[".repeat(2_000) + "]".repeat(2_000);

        JsonNode problem = ProblemResponsesTest.problem(server.post(PATH, "application/json", body), 400);

        assertThat(problem.toString()).doesNotContain("StreamReadConstraints", "`").contains("nested");
    }

    @Test
    void aCompressedBodyIs415NotMalformed() {
        HttpResponse<String> response = server.send(server.request(PATH)
                .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[] {0x1f, (byte) 0x8b, 8, 0}))
                .build());

        JsonNode problem = ProblemResponsesTest.problem(response, 415);
        assertThat(problem.path("detail").asString()).contains("Content-Encoding gzip");
    }

    /** Every pointer names a place in the document. */
    static void assertPointersExist(JsonNode problem, String body) {
        JsonNode document = Mappers.YAML.readTree(body);
        List<String> pointers = new ArrayList<>();
        problem.path("errors").forEach(e -> pointers.add(e.path("path").asString()));
        assertThat(pointers).isNotEmpty().allSatisfy(pointer ->
                assertThat(Pointers.placeIn(document, pointer)).as("%s exists in the document", pointer).isTrue());
    }
}
