package com.custodyadvisor.http;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.batch.BatchResult;
import com.custodyadvisor.batch.JsonLines;
import com.custodyadvisor.batch.OrderedParallel;
import com.custodyadvisor.document.Document;
import com.custodyadvisor.document.InvalidDocumentException;
import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.document.Problem;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.engine.RuleExecutionException;
import com.custodyadvisor.profile.InvalidProfileException;
import com.custodyadvisor.profile.ProfileReader;
import com.custodyadvisor.profile.SubmittedProfile;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /v1/advisories:batch}: many profiles in one request, as JSON Lines (one JSON profile per line)
 * or a JSON array, up to the batch body limit. The profiles are assessed on every core and the results
 * streamed back as JSON Lines of {@link BatchResult}, one per profile in the order sent, each as soon as it
 * and those before it are done. A profile that is invalid, or on which the rules fail, gets its errors in
 * its own line; the others go on. A body that is neither is refused whole (400, 415).
 */
final class BatchHandler implements Handler {

    static final String PATH = AdvisoryRoutes.ADVISORIES + ":batch";
    static final String JSON_LINES = "application/x-ndjson";
    /** What a batch may be sent as: JSON Lines under its common names, or a JSON array. */
    static final List<String> TYPES = List.of(JSON_LINES, "application/jsonl", "application/json-lines",
            MediaTypes.JSON);

    private static final Logger LOG = LoggerFactory.getLogger(BatchHandler.class);

    private final ProfileReader reader;
    private final long maxBatchBytes;
    private final Executor executor;
    private final int window;

    /**
     * @param executor the threads profiles are assessed on
     * @param window how many profiles of one request are in work at once
     */
    BatchHandler(ProfileReader reader, long maxBatchBytes, Executor executor, int window) {
        this.reader = reader;
        this.maxBatchBytes = maxBatchBytes;
        this.executor = executor;
        this.window = window;
    }

    /** One profile of the batch: its place, where it is in the body, and its bytes. */
    private record Item(int index, String source, int line, byte[] bytes) {
    }

    @Override
    public void handle(Context ctx) throws IOException {
        Advisor advisor = RequestAdvisor.of(ctx);
        String type = MediaTypes.baseType(ctx.header("Content-Type"));
        if (type == null || !TYPES.contains(type)) {
            throw new ProblemException(ProblemResponses.unsupportedMediaType((type == null
                    ? "The request has no Content-Type" : "Content-Type " + type + " is not supported")
                    + "; send the profiles as JSON Lines (" + JSON_LINES + ", one JSON profile per line) or as a "
                    + "JSON array (" + MediaTypes.JSON + ")."));
        }
        AdvisoryHandler.requireNoContentEncoding(ctx.header("Content-Encoding"));
        boolean explain = AdvisoryHandler.explain(ctx.queryParam("explain"));
        byte[] body = RequestBodies.read(ctx, maxBatchBytes);
        List<Item> items = type.equals(MediaTypes.JSON) ? arrayItems(body) : lineItems(body);
        if (items.isEmpty()) {
            throw new ProblemException(ProblemResponses.badRequest("The batch holds no profile."));
        }
        ctx.status(200).contentType(JSON_LINES);
        OutputStream out = ctx.res().getOutputStream();
        Iterator<Item> work = items.iterator();
        try {
            OrderedParallel.run(work, item -> assess(item, advisor, explain), result -> {
                try {
                    out.write(Mappers.JSON.writeValueAsBytes(result));
                    out.write('\n');
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, executor, window);
        } catch (UncheckedIOException e) {
            // the client went away mid-stream: nothing is left to answer
            LOG.debug("batch answer cut short: {}", e.getCause().getMessage());
        }
    }

    private BatchResult assess(Item item, Advisor advisor, boolean explain) {
        SubmittedProfile submitted;
        try {
            submitted = reader.read(item.bytes());
        } catch (InvalidProfileException e) {
            return BatchResult.failed(item.index(), item.source(), placed(item, e.problems()));
        }
        try {
            Advisory advisory = explain ? advisor.run(submitted).advisory() : advisor.advise(submitted);
            return BatchResult.of(item.index(), item.source(), advisory);
        } catch (RuleExecutionException e) {
            LOG.warn("{} of a batch got no advisory: {}", item.source(), e.getMessage());
            return BatchResult.failed(item.index(), item.source(), List.of(Problem.at("",
                    "no advisory: " + e.getMessage())));
        }
    }

    /** JSON Lines: one item per line that is not blank. */
    private static List<Item> lineItems(byte[] body) {
        List<Item> items = new ArrayList<>();
        JsonLines lines = new JsonLines(new ByteArrayInputStream(body));
        while (lines.hasNext()) {
            JsonLines.Line line = lines.next();
            items.add(new Item(items.size(), "line " + line.number(), line.number(), line.bytes()));
        }
        return items;
    }

    /** A JSON array: one item per element (a body that is not one is refused whole). */
    private static List<Item> arrayItems(byte[] body) {
        Document document;
        try {
            document = Document.parse(body);
        } catch (InvalidDocumentException e) {
            throw new ProblemException(ProblemResponses.invalidProfile(e.problems()));
        }
        JsonNode tree = document.tree();
        if (!tree.isArray()) {
            throw new ProblemException(ProblemResponses.badRequest("A batch sent as " + MediaTypes.JSON
                    + " is an array of profiles; send one profile to " + AdvisoryRoutes.ADVISORIES + "."));
        }
        List<Item> items = new ArrayList<>();
        for (JsonNode element : tree) {
            items.add(new Item(items.size(), "/" + items.size(), 0,
                    Mappers.JSON.writeValueAsString(element).getBytes(StandardCharsets.UTF_8)));
        }
        return items;
    }

    /** Problems of a line are placed on that line of the body; those of an array element have its pointer only. */
    private static List<Problem> placed(Item item, List<Problem> problems) {
        return problems.stream().map(p -> item.line() > 0
                ? new Problem(p.path(), p.message(), p.line() == null ? item.line() : item.line() + p.line() - 1,
                        p.column())
                : new Problem(p.path(), p.message(), null, null)).toList();
    }
}
