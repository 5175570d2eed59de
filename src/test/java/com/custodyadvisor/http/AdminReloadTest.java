package com.custodyadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.engine.AdvisorFactory;
import com.custodyadvisor.reload.DirectoryWatcher;
import com.custodyadvisor.reload.LiveAdvisor;
import com.custodyadvisor.support.ShippedRules;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Safe reload in a running service: a new rule set is swapped in on demand or when files change; a broken
 * one is refused with its messages while the old one keeps serving, and {@code /health} says which is which.
 */
class AdminReloadTest {

    private static final String KEY = "s3cret-admin-key";
    private static final String HEADER = """
            package custody.rules;
            import com.custodyadvisor.profile.*;
            global com.custodyadvisor.engine.Advice advice;
            """;

    @TempDir
    Path dir;
    private Path rules;
    private Path data;
    private LiveAdvisor live;

    @BeforeEach
    void rulesOnDisk() throws Exception {
        rules = Files.createDirectories(dir.resolve("rules"));
        data = ShippedRules.copyData(dir.resolve("data"));
        Files.writeString(rules.resolve("notes.drl"), HEADER + rule("Notes a firm", "T-FIRST", "Firm()"));
        live = new LiveAdvisor(AdvisorFactory.load(rules, data), rules, data, Clock.systemUTC());
    }

    @Test
    void reloadSwapsInTheNewRulesAndHealthShowsThem() throws Exception {
        try (TestServer server = TestServer.start(live, TestServer.config().withAdminKey(KEY))) {
            String before = health(server).path("rulesetVersion").asString();
            Files.writeString(rules.resolve("more.drl"), HEADER + rule("Notes a wallet", "T-SECOND", "Wallet()"));

            HttpResponse<String> reload = server.post(AdminRoutes.RELOAD_PATH, null, "", "Authorization",
                    "Bearer " + KEY);

            assertThat(reload.statusCode()).isEqualTo(200);
            JsonNode body = json(reload);
            assertThat(body.path("status").asString()).isEqualTo("RELOADED");
            assertThat(body.path("rules").asInt()).isEqualTo(2);
            JsonNode health = health(server);
            assertThat(health.path("rulesetVersion").asString()).isNotEqualTo(before)
                    .isEqualTo(body.path("rulesetVersion").asString());
            assertThat(health.path("lastReloadAt").asString()).isNotEmpty();
            assertThat(health.has("lastReloadError")).isFalse();
            assertThat(json(server.get("/v1/rules")).path("rules")).hasSize(2);
        }
    }

    @Test
    void aBrokenRuleFileIsRefusedWith422AndTheOldRulesKeepServing() throws Exception {
        try (TestServer server = TestServer.start(live, TestServer.config().withAdminKey(KEY))) {
            String serving = health(server).path("rulesetVersion").asString();
            Files.writeString(rules.resolve("broken.drl"), HEADER + rule("Typo", "T-TYPO", "Firm( nmae == \"x\" )"));

            HttpResponse<String> reload = server.post(AdminRoutes.RELOAD_PATH, null, "", "Authorization",
                    "Bearer " + KEY);

            assertThat(reload.statusCode()).isEqualTo(422);
            assertThat(reload.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = json(reload);
            assertThat(problem.path("messages").get(0).asString()).containsPattern("broken\\.drl:7:\\d+: .*nmae");
            JsonNode health = health(server);
            assertThat(health.path("status").asString()).isEqualTo("UP");
            assertThat(health.path("rulesetVersion").asString()).isEqualTo(serving);
            assertThat(health.path("lastReloadError").get(0).asString()).contains("broken.drl:7:");
            HttpResponse<String> advisory = server.post("/v1/advisories", "application/json", Profiles.MINIMAL_JSON);
            assertThat(advisory.statusCode()).isEqualTo(200);
            assertThat(json(advisory).path("rulesetVersion").asString()).isEqualTo(serving);
        }
    }

    @Test
    void theAdminEndpointNeedsTheKey() {
        try (TestServer server = TestServer.start(live, TestServer.config().withAdminKey(KEY))) {
            HttpResponse<String> none = server.post(AdminRoutes.RELOAD_PATH, null, "");
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(none.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            HttpResponse<String> wrong = server.post(AdminRoutes.RELOAD_PATH, null, "", "Authorization", "Bearer nope");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.body()).doesNotContain(KEY);
            for (String padded : List.of("Bearer  " + KEY, "Bearer \t" + KEY, "Bearer " + KEY + " x")) {
                assertThat(server.post(AdminRoutes.RELOAD_PATH, null, "", "Authorization", padded).statusCode())
                        .as(padded).isEqualTo(401);
            }
            assertThat(server.get("/health", "Authorization", "Bearer nope").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void healthShowsDetailsOnlyWithTheKey() {
        try (TestServer server = TestServer.start(live, TestServer.config().withAdminKey(KEY))) {
            server.post("/v1/advisories", "application/json", Profiles.MINIMAL_JSON);

            JsonNode anyone = json(server.get("/health"));
            assertThat(anyone.propertyNames()).containsExactly("status", "rulesetVersion", "catalogVersion");
            JsonNode admin = health(server);
            assertThat(admin.path("status").asString()).isEqualTo("UP");
            assertThat(admin.path("rules").asInt()).isEqualTo(1);
            assertThat(admin.path("advisories").asInt()).isEqualTo(1);
            assertThat(admin.path("failedAdvisories").asInt()).isZero();
            assertThat(admin.path("errorRate").asDouble()).isZero();
            assertThat(admin.path("advisoryTimeoutMs").asInt()).isEqualTo(5_000);
            assertThat(admin.has("stuckWorkers")).isTrue();
        }
    }

    @Test
    void aReloadThatDropsARuleIsRefusedUnlessAsked() throws Exception {
        try (TestServer server = TestServer.start(live, TestServer.config().withAdminKey(KEY))) {
            Files.writeString(rules.resolve("notes.drl"), HEADER + rule("Notes a wallet", "T-SECOND", "Wallet()"));

            HttpResponse<String> refused = server.post(AdminRoutes.RELOAD_PATH, null, "", "Authorization",
                    "Bearer " + KEY);
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(json(refused).path("messages").get(0).asString()).contains("T-FIRST", "allowRemovals=true");

            HttpResponse<String> meant = server.post(AdminRoutes.RELOAD_PATH + "?allowRemovals=true", null, "",
                    "Authorization", "Bearer " + KEY);
            assertThat(meant.statusCode()).isEqualTo(200);
            assertThat(json(server.get("/v1/rules")).path("rules").get(0).path("id").asString()).isEqualTo("T-SECOND");
        }
    }

    @Test
    void withoutAKeyTheAdminEndpointsAreOff() {
        try (TestServer server = TestServer.start(live, TestServer.config())) {
            HttpResponse<String> reload = server.post(AdminRoutes.RELOAD_PATH, null, "", "Authorization",
                    "Bearer anything");
            assertThat(reload.statusCode()).isEqualTo(404);
            assertThat(json(reload).path("detail").asString()).contains("CUSTODY_ADVISOR_ADMIN_KEY");
        }
    }

    @Test
    void savingARuleFileIsPickedUpWithoutARestart() throws Exception {
        try (TestServer server = TestServer.start(live, TestServer.config().withAdminKey(KEY));
             DirectoryWatcher watcher = DirectoryWatcher.start(List.of(rules, data), Duration.ofMillis(100),
                     live::reload)) {
            String before = health(server).path("rulesetVersion").asString();
            Files.writeString(rules.resolve("more.drl"), HEADER + rule("Notes a wallet", "T-SECOND", "Wallet()"));
            JsonNode health = awaitHealth(server, h -> !h.path("rulesetVersion").asString().equals(before));
            assertThat(health.path("rules").asInt()).isEqualTo(2);

            String good = health.path("rulesetVersion").asString();
            Files.writeString(rules.resolve("more.drl"), HEADER + rule("Broken", "T-BROKEN", "Wallet( tierr )"));
            JsonNode refused = awaitHealth(server, h -> h.has("lastReloadError"));
            assertThat(refused.path("rulesetVersion").asString()).isEqualTo(good);
            assertThat(refused.path("lastReloadError").get(0).asString()).contains("more.drl");
        }
    }

    private static JsonNode awaitHealth(TestServer server, java.util.function.Predicate<JsonNode> condition)
            throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        JsonNode health = health(server);
        while (!condition.test(health) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            health = health(server);
        }
        assertThat(condition.test(health)).as("health never showed the reload: " + health).isTrue();
        return health;
    }

    /** /health as an administrator sees it. */
    private static JsonNode health(TestServer server) {
        return json(server.get("/health", "Authorization", "Bearer " + KEY));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return Mappers.JSON.readTree(response.body());
    }

    private static String rule(String title, String id, String when) {
        return "rule \"" + title + "\"\n    @id(\"" + id + "\") @severity(\"INFO\") @category(\"TEST\") @source(\"test\")\n"
                + "when\n    " + when + "\nthen\nend\n";
    }
}
