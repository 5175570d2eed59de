package com.custodyadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.engine.Advisor;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The server takes its advisor through a supplier, so a new rule set is served from the next request on. */
class AdvisorSwapTest {

    @Test
    void nextRequestUsesTheSuppliedAdvisor(@TempDir Path rules) {
        Advisor shipped = TestAdvisors.shipped();
        Advisor replacement = TestAdvisors.withRules(rules, """
                rule "Notes every profile"
                    @id("T-NOTE")
                    @severity("INFO")
                    @category("TEST")
                    @source("a one-rule set")
                when
                    Firm()
                then
                end
                """);
        AtomicReference<Advisor> current = new AtomicReference<>(shipped);
        try (TestServer server = TestServer.start(current::get, TestServer.config())) {
            JsonNode before = Mappers.JSON.readTree(server.get("/health").body());
            current.set(replacement);
            JsonNode after = Mappers.JSON.readTree(server.get("/health").body());
            JsonNode advisory = Mappers.JSON.readTree(
                    server.post("/v1/advisories", "application/json", Profiles.MINIMAL_JSON).body());

            assertThat(before.path("rulesetVersion").asString()).isEqualTo(shipped.ruleSet().version());
            assertThat(after.path("rulesetVersion").asString()).isEqualTo(replacement.ruleSet().version());
            assertThat(Mappers.JSON.readTree(server.get("/v1/rules").body()).path("rules")).hasSize(1);
            assertThat(advisory.path("rulesetVersion").asString()).isEqualTo(replacement.ruleSet().version());
        }
    }
}
