package com.custodyadvisor.web;

import com.custodyadvisor.http.AdvisoryServer;
import com.custodyadvisor.http.ServerConfig;
import com.custodyadvisor.support.ShippedRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The service with the shipped rules, on a free loopback port, for the browser to load the page from. */
final class PageServer implements AutoCloseable {

    private final AdvisoryServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    private PageServer(AdvisoryServer server) {
        this.server = server;
    }

    static PageServer start() {
        ServerConfig config = ServerConfig.defaults().withHost("127.0.0.1").withPort(0);
        return new PageServer(AdvisoryServer.create(ShippedRules::advisor, config).start());
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** POST /v1/advisories straight to the API, as another client would. */
    HttpResponse<String> postProfile(String body, String contentType, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/v1/advisories")))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
