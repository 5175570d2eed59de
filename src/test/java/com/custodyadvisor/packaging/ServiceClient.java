package com.custodyadvisor.packaging;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Talks to a service the packaged program started, on the loopback interface at the port it logged. */
final class ServiceClient {

    /** "listening on http://127.0.0.1:7070" or, on every interface, "http://[0:0:0:0:0:0:0:0]:7070". */
    private static final Pattern LISTENING = Pattern.compile("listening on http://(?:\\[[^\\]]*\\]|[^:/\\s]+):(\\d+)");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    private ServiceClient(int port) {
        this.port = port;
    }

    /** The client for the port in the service's "listening on" log line (text, or JSON with "\/" for "/"). */
    static ServiceClient of(String listeningLine) {
        Matcher m = LISTENING.matcher(listeningLine.replace("\\/", "/"));
        if (!m.find()) {
            throw new AssertionError("no port in " + listeningLine);
        }
        return new ServiceClient(Integer.parseInt(m.group(1)));
    }

    static boolean isListeningLine(String line) {
        return LISTENING.matcher(line.replace("\\/", "/")).find();
    }

    /** Asks /health/ready until it says 200; returns every status seen, in order. */
    List<Integer> awaitReady() {
        List<Integer> seen = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            int status = get("/health/ready").statusCode();
            if (seen.isEmpty() || seen.get(seen.size() - 1) != status) {
                seen.add(status);
            }
            if (status == 200) {
                return seen;
            }
            ProgramProcess.sleep(100);
        }
        throw new AssertionError("never ready; statuses seen: " + seen);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("cannot reach the service: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
