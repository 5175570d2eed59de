package com.custodyadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every answer forbids content sniffing; the API docs page loads only this service's files and is not framed. */
class ResponseHeadersTest {

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
    @ValueSource(strings = {"/health", "/v1/providers", "/v1/rules", "/openapi.json", "/docs", "/no/such/path",
            "/docs/swagger-ui.css"})
    void everyAnswerForbidsSniffing(String path) {
        HttpResponse<String> response = server.get(path);

        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
    }

    @Test
    void jettysOwnRefusalsForbidSniffingToo() throws Exception {
        try (RawClient client = new RawClient(server.port())) {
            RawClient.Answer answer = client.send("GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n").answer();

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void problemsForbidSniffingToo() {
        HttpResponse<String> response = server.post("/v1/advisories", "application/json", "{");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/docs", "/docs/swagger-initializer.js", "/docs/swagger-ui-bundle.js"})
    void theDocsPageLoadsOnlyThisServiceAndIsNotFramed(String path) {
        HttpResponse<String> response = server.get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'self'", "script-src 'self';", "frame-ancestors 'none'")
                        .doesNotContain("unsafe-eval", "http:", "https:"));
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }
}
