package com.custodyadvisor.http;

import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.reload.LiveAdvisor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The service started on a free port of the loopback interface for a test, and a JDK HTTP client to call
 * it with. Close it to stop the server.
 */
final class TestServer implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final AdvisoryServer server;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    private TestServer(AdvisoryServer server) {
        this.server = server;
    }

    static TestServer start(Advisor advisor) {
        return start(() -> advisor, config());
    }

    static TestServer start(Supplier<Advisor> advisors, ServerConfig config) {
        return new TestServer(AdvisoryServer.create(advisors, config).start());
    }

    /** A server on a reloadable advisor, as {@code serve} runs it. */
    static TestServer start(LiveAdvisor live, ServerConfig config) {
        return new TestServer(AdvisoryServer.create(live, config).start());
    }

    /** Loopback only, a free port, the default body limit. */
    static ServerConfig config() {
        return ServerConfig.defaults().withHost("127.0.0.1").withPort(0);
    }

    int port() {
        return server.port();
    }

    String boundAddress() {
        return server.boundAddress();
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(TIMEOUT);
    }

    HttpResponse<String> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder request = request(pathAndQuery).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    HttpResponse<String> post(String pathAndQuery, String contentType, String body, String... headers) {
        HttpRequest.Builder request = request(pathAndQuery).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpClient client() {
        return client;
    }

    @Override
    public void close() {
        server.stop();
    }
}
