package com.custodyadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A rule that fails while an advisory is made is the rule set's fault: a 500 problem naming only an id,
 * and that id logged with the stack trace.
 */
class ServerFailureTest {

    @TempDir
    static Path rules;

    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> TestAdvisors.withRules(rules, """
                rule "Fails on profiles of exchanges"
                    @id("T-FAILS")
                    @severity("HIGH")
                    @category("TEST")
                    @source("a rule whose consequence throws")
                when
                    Firm( type == FirmType.EXCHANGE )
                then
                    throw new IllegalStateException("secret internal detail");
                end

                rule "Errs on profiles of banks"
                    @id("T-ERRS")
                    @severity("HIGH")
                    @category("TEST")
                    @source("a rule whose consequence throws an Error")
                when
                    Firm( type == FirmType.BANK )
                then
                    throw new AssertionError("secret internal detail");
                end
                """));

    @Test
    void failingRuleIs500WithALoggedId() {
        try (LogCapture log = LogCapture.of(ProblemResponses.class)) {
            HttpResponse<String> response = server.post("/v1/advisories", "application/json", profileOf("EXCHANGE"));

            JsonNode problem = ProblemResponsesTest.problem(response, 500);
            String id = problem.path("id").asString();
            assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(problem.path("instance").asString()).isEqualTo("urn:uuid:" + id);
            assertThat(problem.path("detail").asString()).contains(id);
            assertThat(response.body()).doesNotContain("secret", "Exception", "T-FAILS", ".drl", "at com.");

            ILoggingEvent logged = log.await(e -> e.getFormattedMessage().contains(id));
            assertThat(logged.getLevel()).isEqualTo(Level.ERROR);
            assertThat(logged.getFormattedMessage()).contains("POST /v1/advisories");
            assertThat(logged.getThrowableProxy()).isNotNull();
        }
    }

    @Test
    void errorThrownByARuleIs500Too() {
        HttpResponse<String> response = server.post("/v1/advisories", "application/json", profileOf("BANK"));

        JsonNode problem = ProblemResponsesTest.problem(response, 500);
        assertThat(problem.path("id").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("secret", "Error:");
    }

    @Test
    void otherProfilesStillGetAnAdvisory() {
        HttpResponse<String> response = server.post("/v1/advisories", "application/json", profileOf("TRUSTEE"));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    private static String profileOf(String firmType) {
        return "{\"firm\": {\"name\": \"x\", \"type\": \"" + firmType + "\", \"domicile\": \"US\"},"
                + " \"holdings\": {\"aumUsd\": 1}}";
    }
}
