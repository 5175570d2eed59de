package com.custodyadvisor.http;

import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.document.Problem;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The problems the service answers with, and how they are written: RFC 9457 {@code application/problem+json}
 * for every error, whether a handler, Javalin or Jetty found it.
 */
final class ProblemResponses {

    static final String MEDIA_TYPE = "application/problem+json";

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    private ProblemResponses() {
    }

    /** 400: the profile is malformed or invalid; every problem found is listed. */
    static ProblemDetails invalidProfile(List<Problem> problems) {
        String detail = problems.size() == 1
                ? "The profile cannot be assessed: 1 problem was found (see errors)."
                : "The profile cannot be assessed: " + problems.size() + " problems were found (see errors).";
        ProblemDetails base = ProblemDetails.of("invalid-profile", "Invalid profile", 400, detail);
        return new ProblemDetails(base.type(), base.title(), base.status(), base.detail(), null, null, problems, null);
    }

    /** 400 for a request that is wrong outside its body (e.g. a query parameter). */
    static ProblemDetails badRequest(String detail) {
        return forStatus(400, detail);
    }

    static ProblemDetails notFound(String detail) {
        return forStatus(404, detail);
    }

    static ProblemDetails methodNotAllowed(String detail) {
        return forStatus(405, detail);
    }

    static ProblemDetails contentTooLarge(long limitBytes) {
        return forStatus(413, "The request body is larger than the limit of " + limitBytes + " bytes.");
    }

    static ProblemDetails unsupportedMediaType(String detail) {
        return forStatus(415, detail);
    }

    /** 503: the service has started but its first rule set is still compiling. */
    static ProblemDetails notReady() {
        return forStatus(503, "The service is starting: its rules are still being compiled. Try again in a few "
                + "seconds; GET /health/ready answers 200 once it is ready.");
    }

    /** 401: an admin endpoint without the right bearer key. */
    static ProblemDetails unauthorized(String detail) {
        return forStatus(401, detail);
    }

    /** 422: new rules or catalogue that do not load; the old ones keep serving. */
    static ProblemDetails reloadRefused(List<String> messages) {
        ProblemDetails base = ProblemDetails.of("reload-refused", "Reload refused", 422, "The rules or the catalogue "
                + "on disk do not load (" + messages.size() + " problem" + (messages.size() == 1 ? "" : "s")
                + "); the rules already loaded keep serving.");
        return new ProblemDetails(base.type(), base.title(), 422, base.detail(), null, null, null, messages);
    }

    /** 500: says only that it failed and under which id; the cause stays in the log. */
    static ProblemDetails internalError(String id) {
        ProblemDetails base = forStatus(500, "The request could not be completed; the failure is logged under id "
                + id + ".");
        return new ProblemDetails(base.type(), base.title(), 500, base.detail(), "urn:uuid:" + id, id, null, null);
    }

    /** A problem named after the status, e.g. 404 "Not Found" with type ".../problems/not-found". */
    static ProblemDetails forStatus(int status, String detail) {
        String title = HttpStatus.forStatus(status).getMessage();
        if (title == null || title.isBlank() || title.equals("Unknown")) {
            title = status >= 500 ? "Server Error" : "Bad Request";
        }
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        // Jetty often gives the reason phrase itself as the message: say it once, as a sentence
        boolean plain = detail == null || detail.isBlank() || detail.equals(title);
        return ProblemDetails.of(slug, title, status, plain ? title + "." : detail);
    }

    /** Logs a failure with its stack trace under a new id and returns the 500 problem naming that id. */
    static ProblemDetails serverFailure(String request, Throwable failure) {
        String id = UUID.randomUUID().toString();
        LOG.error("{} failed; problem id {}", request, id, failure);
        return internalError(id);
    }

    /** The body text: indented JSON with a final newline, like the advisories. */
    static String render(ProblemDetails problem) {
        return Mappers.JSON_PRETTY.writeValueAsString(problem) + "\n";
    }

    static void write(Context ctx, ProblemDetails problem) {
        ctx.status(problem.status()).contentType(MEDIA_TYPE).result(render(problem));
    }
}
