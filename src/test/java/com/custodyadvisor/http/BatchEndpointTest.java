package com.custodyadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.document.Mappers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** {@code POST /v1/advisories:batch}: one result per profile, in order, the same advisories as one by one. */
class BatchEndpointTest {

    @RegisterExtension
    static final TestServer server = TestServer.shipped();

    @Test
    void everyProfileGetsTheAdvisoryItGetsAloneInTheOrderSent() {
        List<Path> examples = Profiles.examples();
        StringBuilder body = new StringBuilder();
        // each twice, the second round backwards: results must follow the body, not the order work ends in
        examples.forEach(e -> body.append(Profiles.json(e)).append('\n'));
        for (int i = examples.size() - 1; i >= 0; i--) {
            body.append(Profiles.json(examples.get(i))).append("\n\n");
        }

        HttpResponse<String> response = server.post("/v1/advisories:batch", "application/x-ndjson", body.toString());

        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> results = response.body().lines().map(Mappers.JSON::readTree).toList();
        assertThat(results).hasSize(2 * examples.size());
        for (int i = 0; i < results.size(); i++) {
            Path example = i < examples.size() ? examples.get(i) : examples.get(2 * examples.size() - 1 - i);
            JsonNode alone = Mappers.JSON.readTree(server.post("/v1/advisories", "application/yaml",
                    Profiles.yaml(example)).body());
            assertThat(results.get(i).path("index").asInt()).isEqualTo(i);
            assertThat(results.get(i).path("advisory")).as(example.toString()).isEqualTo(alone);
        }
        // blank lines are skipped, and the source names the line of the body
        assertThat(results.get(examples.size()).path("source").asString()).isEqualTo("line " + (examples.size() + 1));
        assertThat(results.get(examples.size() + 1).path("source").asString())
                .isEqualTo("line " + (examples.size() + 3));
    }

    @Test
    void anInvalidProfileGetsItsErrorsAtItsLineAndTheOthersGoOn() {
        String body = Profiles.MINIMAL_JSON.replace("\n", " ") + "\n{\"firm\": {\"name\": \"x\"}, \"holdings\": {\"aumUsd\": -1}}\n"
                + "not json\n" + Profiles.MINIMAL_JSON.replace("\n", " ") + "\n";

        List<JsonNode> results = server.post("/v1/advisories:batch", "application/x-ndjson", body).body().lines()
                .map(Mappers.JSON::readTree).toList();

        assertThat(results).extracting(r -> r.has("advisory")).containsExactly(true, false, false, true);
        JsonNode invalid = results.get(1);
        assertThat(invalid.path("source").asString()).isEqualTo("line 2");
        assertThat(invalid.path("errors").findValuesAsString("path")).contains("/holdings/aumUsd", "/firm/type");
        assertThat(invalid.path("errors").findValues("line")).allMatch(line -> line.asInt() == 2);
        assertThat(results.get(2).path("errors").get(0).path("line").asInt()).isEqualTo(3);
    }

    @Test
    void aJsonArrayIsABatchTooWithPointersForSources() {
        List<JsonNode> results = server.post("/v1/advisories:batch", "application/json",
                "[" + Profiles.MINIMAL_JSON + ", {\"firm\": {}}]").body().lines().map(Mappers.JSON::readTree).toList();

        assertThat(results).extracting(r -> r.path("source").asString()).containsExactly("/0", "/1");
        assertThat(results.get(0).has("advisory")).isTrue();
        assertThat(results.get(1).path("errors").findValuesAsString("path")).contains("/firm/name", "/holdings");
    }

    @Test
    void aBodyThatIsNoBatchIsRefusedWhole() {
        assertThat(server.post("/v1/advisories:batch", "application/json", "{}").statusCode()).isEqualTo(400);
        assertThat(server.post("/v1/advisories:batch", "application/json", "[").statusCode()).isEqualTo(400);
        assertThat(server.post("/v1/advisories:batch", "application/x-ndjson", "\n\n").statusCode()).isEqualTo(400);
        assertThat(server.post("/v1/advisories:batch", "text/csv", "a,b").statusCode()).isEqualTo(415);
    }

    @Test
    void theBatchLimitIsASettingOfItsOwn() {
        String line = Profiles.MINIMAL_JSON.replace("\n", " ") + "\n";
        String body = line.repeat(2_500);
        assertThat(body.length()).isGreaterThan((int) ServerConfig.DEFAULT_MAX_BODY_BYTES);
        assertThat(server.post("/v1/advisories:batch", "application/x-ndjson", body).body().lines()).hasSize(2_500);

        try (TestServer small = TestServer.start(TestAdvisors::shipped, TestServer.config().withMaxBatchBytes(1_000))) {
            HttpResponse<String> refused = small.post("/v1/advisories:batch", "application/x-ndjson", line.repeat(20));
            assertThat(refused.statusCode()).isEqualTo(413);
            assertThat(refused.body()).contains("1000");
        }
    }
}
