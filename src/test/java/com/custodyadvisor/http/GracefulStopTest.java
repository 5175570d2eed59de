package com.custodyadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.engine.Advisor;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping the server (as SIGTERM does) lets a request in flight finish and answer. */
class GracefulStopTest {

    @Test
    void requestInFlightFinishesWhileTheServerStops(@TempDir Path rules) throws Exception {
        Advisor holding = TestAdvisors.withRules(rules, """
                rule "Holds the advisory in flight"
                    @id("T-HOLD")
                    @severity("INFO")
                    @category("TEST")
                    @source("a rule that waits for the test")
                when
                    Firm()
                then
                    com.custodyadvisor.http.InFlightGate.hold();
                end
                """).withTimeout(Duration.ofSeconds(60));
        TestServer server = TestServer.start(() -> holding,
                TestServer.config().withStopTimeout(Duration.ofSeconds(60)));
        int port = server.port();
        CompletableFuture<HttpResponse<String>> inFlight = server.client().sendAsync(
                server.request("/v1/advisories").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Profiles.MINIMAL_JSON)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(InFlightGate.awaitHeld()).isTrue();

        Thread stopping = new Thread(server::close, "stopping");
        stopping.start();
        awaitRefusedConnections(port);
        InFlightGate.open();

        HttpResponse<String> response = inFlight.get(60, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"rulesetVersion\"");
        stopping.join(TimeUnit.SECONDS.toMillis(60));
        assertThat(stopping.isAlive()).isFalse();
    }

    @Test
    void uploadsInProgressAtStopGetTheirAnswerOr503WithRetryAfterNeverA4xx() throws Exception {
        Advisor advisor = TestAdvisors.shipped();
        TestServer server = TestServer.start(() -> advisor, TestServer.config().withStopTimeout(Duration.ofSeconds(60)));
        byte[] body = Profiles.MINIMAL_JSON.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String first = new String(body, 0, body.length / 2, java.nio.charset.StandardCharsets.UTF_8);
        String rest = new String(body, body.length / 2, body.length - body.length / 2,
                java.nio.charset.StandardCharsets.UTF_8);
        // read before the stop: a stopping server no longer reports the port it listened on
        int port = server.port();
        try (RawClient finishing = new RawClient(port); RawClient stalled = new RawClient(port)) {
            finishing.startPost("/v1/advisories", "application/json", body.length).send(first);
            stalled.startPost("/v1/advisories", "application/json", body.length).send(first);
            Thread.sleep(200);

            Thread stopping = new Thread(server::close, "stopping");
            stopping.start();
            awaitRefusedConnections(port);
            finishing.send(rest);

            RawClient.Answer answered = finishing.answer();
            assertThat(answered.status()).isEqualTo(200);
            assertThat(answered.body()).contains("\"rulesetVersion\"");
            RawClient.Answer cut = stalled.answer();
            assertThat(cut.status()).isEqualTo(503);
            assertThat(cut.header("Retry-After")).isEqualTo("5");
            assertThat(cut.header("Content-Type")).isEqualTo("application/problem+json");
            stopping.join(TimeUnit.SECONDS.toMillis(60));
            assertThat(stopping.isAlive()).isFalse();
        }
    }

    /** Waits until the server has begun to stop: it takes no new connections while the request is held. */
    private static void awaitRefusedConnections(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                Thread.sleep(10);
            } catch (ConnectException refused) {
                return;
            } catch (IOException e) {
                return;
            }
        }
        throw new AssertionError("the server kept taking connections after stop began");
    }
}
