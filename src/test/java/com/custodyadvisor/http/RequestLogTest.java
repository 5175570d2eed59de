package com.custodyadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.custodyadvisor.engine.Advisor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One log line per request, with what an operator needs and nothing of the profile. */
class RequestLogTest {

    private static final Advisor advisor = TestAdvisors.shipped();

    @RegisterExtension
    static final TestServer server = TestServer.shipped();

    @Test
    void oneLinePerRequestWithMethodPathStatusDurationAndRuleset() {
        String ruleset = advisor.ruleSet().version().substring(0, 12);
        try (LogCapture log = LogCapture.of(RequestLog.class)) {
            server.post("/v1/advisories?explain=true", "application/json", Profiles.MINIMAL_JSON);
            server.get("/v1/providers/unknown-for-the-log");

            ILoggingEvent advisory = log.await(e -> e.getFormattedMessage().startsWith("POST /v1/advisories "));
            log.await(e -> e.getFormattedMessage().startsWith("GET /v1/providers/unknown-for-the-log 404 "));

            assertThat(advisory.getFormattedMessage())
                    .matches("POST /v1/advisories 200 \\d+\\.\\d ms ruleset=" + ruleset);
            assertThat(log.events()).filteredOn(e -> e.getFormattedMessage().contains("/v1/advisories")).hasSize(1);
        }
    }

    @Test
    void durationsAreGivenToATenthOfAMillisecond() {
        assertThat(RequestLog.tenths(0.04f)).isEqualTo("0.0");
        assertThat(RequestLog.tenths(1.26f)).isEqualTo("1.3");
        assertThat(RequestLog.tenths(12.0f)).isEqualTo("12.0");
        assertThat(RequestLog.tenths(5003.94f)).isEqualTo("5003.9");
    }

    @Test
    void profileContentsAreNeverLogged() {
        String marker = "Zqxjv Marker Custody";
        String valid = Profiles.MINIMAL_JSON.replace("Minimal Custody Ltd", marker);
        String invalid = valid.replace("\"US\"", "\"Zqxjv-domicile\"");
        try (LogCapture log = LogCapture.all()) {
            assertThat(server.post("/v1/advisories", "application/json", valid).statusCode()).isEqualTo(200);
            assertThat(server.post("/v1/advisories", "application/json", invalid).statusCode()).isEqualTo(400);

            log.await(e -> e.getFormattedMessage().startsWith("POST /v1/advisories 400 "));
            assertThat(log.events()).isNotEmpty().noneSatisfy(e ->
                    assertThat(e.getFormattedMessage()).contains("Zqxjv"));
        }
    }
}
