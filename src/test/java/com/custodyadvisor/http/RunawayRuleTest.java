package com.custodyadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.support.Spin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A rule whose consequence never returns: the client gets a 503 problem with an id at the deadline, the log
 * names the rule under that id, /health turns DEGRADED and counts the stuck worker, and a stop does not wait
 * for it.
 */
class RunawayRuleTest {

    private static final String KEY = "admin-key";

    @AfterEach
    void releaseSpins() {
        Spin.release();
    }

    @Test
    void aSpinningRuleGets503WithAnIdAndTheServiceSaysDegraded(@TempDir Path rules) throws Exception {
        Spin.arm();
        Advisor spinning = TestAdvisors.withRules(rules, """
                rule "Spins on banks"
                    @id("T-SPIN")
                    @severity("LOW")
                    @category("TEST")
                    @source("a rule whose consequence never returns")
                when
                    Firm( type == FirmType.BANK )
                then
                    com.custodyadvisor.support.Spin.forever();
                end
                """).withTimeout(Duration.ofMillis(500));
        TestServer server = TestServer.start(() -> spinning, TestServer.config().withAdminKey(KEY));
        try (LogCapture log = LogCapture.of(ProblemResponses.class)) {
            HttpResponse<String> response = server.post("/v1/advisories", "application/json", profileOf("BANK"));

            JsonNode problem = ProblemResponsesTest.problem(response, 503);
            String id = problem.path("id").asString();
            assertThat(problem.path("instance").asString()).isEqualTo("urn:uuid:" + id);
            assertThat(problem.path("detail").asString()).contains("0.5 s", id);
            assertThat(response.body()).doesNotContain("Spins on banks", ".drl");
            ILoggingEvent logged = log.await(e -> e.getFormattedMessage().contains(id));
            assertThat(logged.getLevel()).isEqualTo(Level.ERROR);
            assertThat(logged.getFormattedMessage()).contains("\"Spins on banks\" (test.drl:",
                    "was firing", "abandoned");

            JsonNode health = Mappers.JSON.readTree(server.get("/health", "Authorization", "Bearer " + KEY).body());
            assertThat(health.path("status").asString()).isEqualTo("DEGRADED");
            assertThat(health.path("stuckWorkers").asInt()).isPositive();
            assertThat(health.path("timedOutAdvisories").asInt()).isEqualTo(1);
            assertThat(health.path("errorRate").asDouble()).isEqualTo(1.0);
            assertThat(health.path("degraded").get(0).asString()).contains("stuck");
            JsonNode publicHealth = Mappers.JSON.readTree(server.get("/health").body());
            assertThat(publicHealth.path("status").asString()).isEqualTo("DEGRADED");
            assertThat(publicHealth.propertyNames()).containsExactly("status", "rulesetVersion", "catalogVersion");

            assertThat(server.post("/v1/advisories", "application/json", profileOf("EXCHANGE")).statusCode())
                    .isEqualTo(200);
        } finally {
            Thread stopping = new Thread(server::close, "stopping");
            stopping.start();
            stopping.join(TimeUnit.SECONDS.toMillis(20));
            assertThat(stopping.isAlive()).as("the stop waits for no abandoned worker").isFalse();
        }
    }

    private static String profileOf(String firmType) {
        return "{\"firm\": {\"name\": \"x\", \"type\": \"" + firmType + "\", \"domicile\": \"US\"},"
                + " \"holdings\": {\"aumUsd\": 1}}";
    }
}
