package com.custodyadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.engine.AdvisorFactory;
import com.custodyadvisor.reload.LiveAdvisor;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** What an operator runs the service by: liveness and readiness probes, Prometheus metrics, request ids. */
class OperationsTest {

    @Test
    void readyOnlyOnceARuleSetIsCompiledAndServing() {
        LiveAdvisor live = new LiveAdvisor(TestAdvisors.RULES, TestAdvisors.DATA, Clock.systemUTC());
        try (TestServer server = TestServer.start(live, TestServer.config())) {
            HttpResponse<String> starting = server.get("/health/ready");
            HttpResponse<String> advisory = server.post("/v1/advisories", "application/json", Profiles.MINIMAL_JSON);

            assertThat(server.get("/health/live").statusCode()).isEqualTo(200);
            assertThat(starting.statusCode()).isEqualTo(503);
            assertThat(starting.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(Mappers.JSON.readTree(starting.body()).path("status").asString()).isEqualTo("STARTING");
            assertThat(advisory.statusCode()).isEqualTo(503);
            assertThat(advisory.headers().firstValue("Content-Type")).hasValue(ProblemResponses.MEDIA_TYPE);
            assertThat(server.get("/health").statusCode()).isEqualTo(503);
            assertThat(metric(server.get("/metrics").body(), "custody_advisor_ready")).isEqualTo(0.0);

            live.install(TestAdvisors.shipped());

            HttpResponse<String> ready = server.get("/health/ready");
            assertThat(ready.statusCode()).isEqualTo(200);
            JsonNode body = Mappers.JSON.readTree(ready.body());
            assertThat(body.path("status").asString()).isEqualTo("READY");
            assertThat(body.path("rulesetVersion").asString()).isEqualTo(TestAdvisors.shipped().ruleSet().version());
            assertThat(server.post("/v1/advisories", "application/json", Profiles.MINIMAL_JSON).statusCode())
                    .isEqualTo(200);
            assertThat(server.get("/health").statusCode()).isEqualTo(200);
            assertThat(metric(server.get("/metrics").body(), "custody_advisor_ready")).isEqualTo(1.0);
        }
    }

    @Test
    void metricsCountAdvisoriesByVerdictAndStatusWithALatencyHistogram() {
        try (TestServer server = TestServer.start(TestAdvisors.shipped())) {
            String readyExample = Profiles.yaml(Profiles.EXAMPLES.resolve("qualified-custodian.yaml"));
            String notReadyExample = Profiles.yaml(Profiles.EXAMPLES.resolve("cyber-only.yaml"));
            for (int i = 0; i < 3; i++) {
                server.post("/v1/advisories", "application/yaml", notReadyExample);
            }
            server.post("/v1/advisories", "application/yaml", readyExample);
            server.post("/v1/advisories", "application/json", "{\"firm\": 1}");
            server.get("/v1/providers/evertas");
            server.get("/no/such/path/zqxj-7");

            HttpResponse<String> scrape = server.get("/metrics");

            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain; version=0.0.4");
            String metrics = scrape.body();
            assertThat(metric(metrics, "custody_advisor_advisories_total{status=\"200\",verdict=\"NOT_READY\"}"))
                    .isEqualTo(3.0);
            assertThat(metric(metrics, "custody_advisor_advisories_total{status=\"200\",verdict=\"READY\"}"))
                    .isEqualTo(1.0);
            assertThat(metric(metrics, "custody_advisor_advisories_total{status=\"400\",verdict=\"none\"}"))
                    .isEqualTo(1.0);
            assertThat(metric(metrics, "http_server_requests_seconds_count{method=\"POST\",status=\"200\","
                    + "uri=\"/v1/advisories\"}")).isEqualTo(4.0);
            assertThat(metric(metrics, "http_server_requests_seconds_bucket{method=\"POST\",status=\"200\","
                    + "uri=\"/v1/advisories\",le=\"+Inf\"}")).isEqualTo(4.0);
            // routes by their template, never by the raw path
            assertThat(metrics).contains("uri=\"/v1/providers/{id}\"").contains("uri=\"NOT_FOUND\"")
                    .doesNotContain("evertas").doesNotContain("zqxj");
            assertThat(metrics).contains("jvm_memory_used_bytes{").contains("jvm_gc_").contains("jvm_threads_live_threads")
                    .contains("process_cpu_usage").contains("process_uptime_seconds");
        }
    }

    @Test
    void metricsCountReloadsByOutcomeAndTheRuleSetsAge(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.copy(Path.of("rules/waivers.drl"), rules.resolve("waivers.drl"));
        LiveAdvisor live = new LiveAdvisor(AdvisorFactory.load(rules, TestAdvisors.DATA), rules, TestAdvisors.DATA,
                Clock.systemUTC());
        try (TestServer server = TestServer.start(live, TestServer.config())) {
            live.reload();
            Files.writeString(rules.resolve("broken.drl"), "package custody.rules;\nrule \"x\" when then");
            live.reload();
            live.reload();

            String metrics = server.get("/metrics").body();

            assertThat(metric(metrics, "custody_advisor_reloads_total{outcome=\"swapped\"}")).isEqualTo(1.0);
            assertThat(metric(metrics, "custody_advisor_reloads_total{outcome=\"refused\"}")).isEqualTo(2.0);
            assertThat(metric(metrics, "custody_advisor_ruleset_age_seconds")).isBetween(0.0, 600.0);
        }
    }

    @Test
    void openMetricsWhenTheScraperAsksForIt() {
        try (TestServer server = TestServer.start(TestAdvisors.shipped())) {
            HttpResponse<String> scrape = server.get("/metrics", "Accept", "application/openmetrics-text; version=1.0.0");

            assertThat(scrape.headers().firstValue("Content-Type").orElse("")).startsWith("application/openmetrics-text");
            assertThat(scrape.body()).endsWith("# EOF\n");
        }
    }

    @Test
    void requestIdsAreTakenOrMadeEchoedAndLogged() {
        try (TestServer server = TestServer.start(TestAdvisors.shipped());
             LogCapture log = LogCapture.of(RequestLog.class)) {
            HttpResponse<String> given = server.get("/v1/providers", "X-Request-Id", "build-4711.step-2");
            HttpResponse<String> made = server.get("/v1/rules");
            HttpResponse<String> forged = server.get("/v1/providers/nope", "X-Request-Id", "a b\" ok=1");

            assertThat(given.headers().firstValue("X-Request-Id")).hasValue("build-4711.step-2");
            String madeId = made.headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(madeId).matches("[0-9a-f-]{36}");
            assertThat(java.util.UUID.fromString(madeId)).satisfies(id -> {
                assertThat(id.version()).isEqualTo(4);
                assertThat(id.variant()).isEqualTo(2);
            });
            String replaced = forged.headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(replaced).matches("[0-9a-f-]{36}");

            ILoggingEvent line = log.await(e -> e.getFormattedMessage().startsWith("GET /v1/providers 200"));
            assertThat(line.getMDCPropertyMap()).containsEntry(RequestIds.MDC_KEY, "build-4711.step-2");
            assertThat(log.await(e -> e.getFormattedMessage().startsWith("GET /v1/rules 200")).getMDCPropertyMap())
                    .containsEntry(RequestIds.MDC_KEY, madeId);
            assertThat(log.await(e -> e.getFormattedMessage().startsWith("GET /v1/providers/nope 404"))
                    .getMDCPropertyMap()).containsEntry(RequestIds.MDC_KEY, replaced);
        }
    }

    @Test
    void aBodySentInPartsIsLoggedUnderItsRequestId() throws Exception {
        try (TestServer server = TestServer.start(TestAdvisors.shipped());
             LogCapture log = LogCapture.of(RequestLog.class);
             RawClient client = new RawClient(server.port())) {
            client.startPost("/v1/advisories", "application/json",
                    Profiles.MINIMAL_JSON.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            // the body comes after the head has been taken in: the request goes on once it has all arrived
            Thread.sleep(200);
            RawClient.Answer answer = client.send(Profiles.MINIMAL_JSON).answer();

            assertThat(answer.status()).isEqualTo(200);
            assertThat(log.await(e -> e.getFormattedMessage().startsWith("POST /v1/advisories 200")).getMDCPropertyMap())
                    .containsEntry(RequestIds.MDC_KEY, answer.header("X-Request-Id"));
        }
    }

    @Test
    void aServerFailureIsLoggedUnderTheRequestId() {
        try (TestServer server = TestServer.start(() -> {
            throw new IllegalStateException("boom");
        }, TestServer.config()); LogCapture log = LogCapture.of(ProblemResponses.class)) {
            HttpResponse<String> failed = server.get("/v1/rules", "X-Request-Id", "trace-500");

            assertThat(failed.statusCode()).isEqualTo(500);
            assertThat(log.await(e -> e.getFormattedMessage().contains("failed; problem id")).getMDCPropertyMap())
                    .containsEntry(RequestIds.MDC_KEY, "trace-500");
        }
    }

    /** The value of a sample in the Prometheus text format, e.g. {@code name{label="x"}}. */
    static double metric(String scrape, String sample) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$").matcher(scrape);
        assertThat(m.find()).as("%s in%n%s", sample, scrape).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
