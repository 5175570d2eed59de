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
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The service on a free port of the loopback interface for tests, and a JDK HTTP client to call it with.
 * A test class that needs one server for all its tests registers it as an extension, which starts it
 * before the first test and stops it after the last:
 * <pre>
 * &#64;RegisterExtension
 * static final TestServer server = TestServer.shipped();
 * </pre>
 * A test that needs a server of its own starts one with {@link #start} and closes it.
 */
public final class TestServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Supplier<AdvisoryServer> starter;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
    private AdvisoryServer server;

    private TestServer(Supplier<AdvisoryServer> starter) {
        this.starter = starter;
    }

    /** A server per test class on the shipped rules and catalogue, started and stopped as an extension. */
    public static TestServer shipped() {
        return perClass(TestAdvisors::shipped);
    }

    /** A server per test class on the advisor the supplier gives when the class starts (e.g. rules in a temp dir). */
    public static TestServer perClass(Supplier<Advisor> advisor) {
        return new TestServer(() -> {
            Advisor a = advisor.get();
            return AdvisoryServer.create(() -> a, config()).start();
        });
    }

    static TestServer start(Advisor advisor) {
        return start(() -> advisor, config());
    }

    static TestServer start(Supplier<Advisor> advisors, ServerConfig config) {
        return new TestServer(() -> AdvisoryServer.create(advisors, config).start()).begin();
    }

    /** A server on a reloadable advisor, as {@code serve} runs it. */
    static TestServer start(LiveAdvisor live, ServerConfig config) {
        return new TestServer(() -> AdvisoryServer.create(live, config).start()).begin();
    }

    /** Loopback only, a free port, the default body limit. */
    static ServerConfig config() {
        return ServerConfig.defaults().withHost("127.0.0.1").withPort(0);
    }

    private TestServer begin() {
        server = starter.get();
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        begin();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    String boundAddress() {
        return running().boundAddress();
    }

    int port() {
        return running().port();
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port() + pathAndQuery);
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(TIMEOUT);
    }

    public HttpResponse<String> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder request = request(pathAndQuery).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    public HttpResponse<String> post(String pathAndQuery, String contentType, String body, String... headers) {
        return send(postRequest(pathAndQuery, contentType, body, headers), HttpResponse.BodyHandlers.ofString());
    }

    /** The same, for an answer that is bytes (the PDF). */
    public HttpResponse<byte[]> postForBytes(String pathAndQuery, String contentType, String body, String... headers) {
        return send(postRequest(pathAndQuery, contentType, body, headers), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest postRequest(String pathAndQuery, String contentType, String body, String... headers) {
        HttpRequest.Builder request = request(pathAndQuery).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return request.build();
    }

    HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
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

    private AdvisoryServer running() {
        if (server == null) {
            throw new IllegalStateException("the test server is not started (register it with @RegisterExtension)");
        }
        return server;
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
