package com.custodyadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.document.Format;
import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.support.Pointers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Thousands of hostile requests ({@link FuzzCases}), seeded so a failure replays: none gets a 5xx, every 400
 * lists at most a hundred problems at places that exist in what was sent, and no answer to a body of the
 * maximum size runs to 100 KB. The normal build sends two thousand; the long run sends as many as asked:
 * {@code mvn -B test -Dtest=HttpFuzzTest -Dfuzz.requests=100000 [-Dfuzz.seed=N]}.
 */
class HttpFuzzTest {

    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 2_000);
    private static final long SEED = Long.getLong("fuzz.seed", 15L);
    private static final Set<Integer> ANSWERS = Set.of(200, 400, 413, 415);
    /** Bodies at least this large count as "full size" for the answer size figure. */
    private static final int FULL_SIZE = 200 * 1024;

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestAdvisors.shipped());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void fuzzedRequestsNeverGetA5xxNorAnAnswerOfMegabytes() throws Exception {
        List<JsonNode> examples = Profiles.examples().stream().map(f -> Mappers.YAML.readTree(Profiles.yaml(f)))
                .toList();
        FuzzCases cases = new FuzzCases(examples, SEED);
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, Long> timeByKind = new TreeMap<>();
        long largestAnswer = 0;
        long largestFullSizeAnswer = 0;
        int fullSizeBodies = 0;
        long started = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            FuzzCases.Case c = cases.next();
            long t0 = System.nanoTime();
            HttpResponse<String> response = send(c);
            timeByKind.merge(c.kind(), (System.nanoTime() - t0) / 1_000_000, Long::sum);
            int status = response.statusCode();
            statuses.merge(status, 1, Integer::sum);
            assertThat(ANSWERS).as("request %d of seed %d: %s\ngot %d: %s", i, SEED, c.describe(), status,
                    response.body()).contains(status);
            long size = response.body().length();
            largestAnswer = Math.max(largestAnswer, size);
            if (c.body().length >= FULL_SIZE) {
                fullSizeBodies++;
                largestFullSizeAnswer = Math.max(largestFullSizeAnswer, size);
            }
            if (status == 400) {
                checkProblem(i, c, Mappers.JSON.readTree(response.body()));
            }
        }
        System.out.printf("fuzz: %d requests (seed %d) in %.1f s; statuses %s; largest answer %d bytes; "
                        + "largest answer to a body of 200 KiB or more %d bytes (%d such bodies)%n", REQUESTS, SEED,
                (System.nanoTime() - started) / 1e9, statuses, largestAnswer, largestFullSizeAnswer, fullSizeBodies);
        System.out.println("ms by kind: " + timeByKind);
        assertThat(largestFullSizeAnswer).isLessThan(100_000);
    }

    private static HttpResponse<String> send(FuzzCases.Case c) {
        HttpRequest.Builder request = server.request("/v1/advisories").header("Content-Type", c.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(c.body()));
        if (c.contentEncoding() != null) {
            request.header("Content-Encoding", c.contentEncoding());
        }
        return server.send(request.build());
    }

    /** At most a hundred problems, each at a place of the document (or of its parent, for a missing field). */
    private static void checkProblem(int i, FuzzCases.Case c, JsonNode problem) {
        JsonNode errors = problem.path("errors");
        assertThat(errors.size()).as("request %d: %s", i, c.describe()).isBetween(1, 100);
        JsonNode document;
        try {
            // as written: a YAML alias reads as its name, so the place of a refused alias exists here too
            document = Mappers.forFormat(Format.sniff(c.body())).readTree(c.body());
        } catch (JacksonException e) {
            assertThat(errors).allSatisfy(e2 -> assertThat(e2.path("path").asString()).isEmpty());
            return;
        }
        for (JsonNode error : errors) {
            String path = error.path("path").asString();
            assertThat(Pointers.placeIn(document, path)).as("request %d: %s names a place in %s", i, path,
                    c.describe()).isTrue();
            assertThat(error.path("line").asInt()).as("request %d: %s has a line", i, error).isPositive();
        }
    }
}
