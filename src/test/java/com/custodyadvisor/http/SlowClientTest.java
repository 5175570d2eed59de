package com.custodyadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.document.Mappers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bodies that trickle in hold a connection, never a request thread: with more slow senders than the server
 * has threads, /health and advisories still answer, and each slow body ends with a 408 at the body timeout.
 */
class SlowClientTest {

    /** More than the 250 request threads the server runs with. */
    private static final int SLOW_SENDERS = 300;

    /** The shipped advisor, compiled before the server starts (compiling inside a request would time it out). */
    private static java.util.function.Supplier<com.custodyadvisor.engine.Advisor> shipped() {
        com.custodyadvisor.engine.Advisor advisor = TestAdvisors.shipped();
        return () -> advisor;
    }

    @Test
    void slowBodiesDoNotStarveTheService() throws Exception {
        try (TestServer server = TestServer.start(shipped(),
                TestServer.config().withBodyTimeout(Duration.ofSeconds(3)))) {
            List<RawClient> slow = new ArrayList<>();
            try {
                for (int i = 0; i < SLOW_SENDERS; i++) {
                    slow.add(new RawClient(server.port()).startPost("/v1/advisories", "application/json", 100)
                            .send("{"));
                }
                HttpResponse<String> health = server.send(server.request("/health").timeout(Duration.ofSeconds(10))
                        .GET().build());
                assertThat(health.statusCode()).isEqualTo(200);
                HttpResponse<String> advisory = server.send(server.request("/v1/advisories")
                        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Profiles.MINIMAL_JSON)).build());
                assertThat(advisory.statusCode()).isEqualTo(200);

                RawClient.Answer timedOut = slow.get(0).answer();
                assertThat(timedOut.status()).isEqualTo(408);
                assertThat(timedOut.header("Content-Type")).isEqualTo("application/problem+json");
                assertThat(timedOut.header("Connection")).isEqualTo("close");
                assertThat(Mappers.JSON.readTree(timedOut.body()).path("detail").asString())
                        .contains("did not arrive in full within 3.0 s");
            } finally {
                for (RawClient client : slow) {
                    client.close();
                }
            }
        }
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsSent() throws Exception {
        try (TestServer server = TestServer.start(shipped(), TestServer.config());
             RawClient client = new RawClient(server.port())) {
            RawClient.Answer answer = client.startPost("/v1/advisories", "application/json", 10_000_000).answer();

            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        }
    }
}
