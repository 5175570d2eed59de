package com.custodyadvisor.http;

import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.document.Problem;
import com.custodyadvisor.document.ProblemReport;
import com.custodyadvisor.engine.AdvisoryTimeoutException;
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

    /** 400: the profile is malformed or invalid; the problems found are listed (the first hundred). */
    static ProblemDetails invalidProfile(List<Problem> problems) {
        ProblemReport report = ProblemReport.of(problems);
        String detail = problems.size() == 1
                ? "The profile cannot be assessed: 1 problem was found (see errors)."
                : "The profile cannot be assessed: " + problems.size() + " problems were found (see errors"
                        + (report.truncated() ? ", which lists the first " + report.shown().size() : "") + ").";
        return ProblemDetails.of("invalid-profile", "Invalid profile", 400, detail).withErrors(report);
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

    /** 408: the request body did not arrive in full within the body timeout. */
    static ProblemDetails bodyTimeout(java.time.Duration timeout) {
        return forStatus(408, "The request body did not arrive in full within " + timeout.toMillis() / 1000.0
                + " s; send it again at a steadier rate.");
    }

    /** 503 while the service stops: the request was not handled and may be sent again. */
    static ProblemDetails stopping(String detail) {
        return forStatus(503, detail);
    }

    /** 406: the Accept header refuses every type the answer comes in. */
    static ProblemDetails notAcceptable(String detail) {
        return forStatus(406, detail);
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
        return ProblemDetails.of("reload-refused", "Reload refused", 422, "The rules or the catalogue "
                + "on disk do not load (" + messages.size() + " problem" + (messages.size() == 1 ? "" : "s")
                + "); the rules already loaded keep serving.").withMessages(messages);
    }

    /** 500: says only that it failed and under which id; the cause stays in the log. */
    static ProblemDetails internalError(String id) {
        return forStatus(500, "The request could not be completed; the failure is logged under id " + id + ".")
                .withId(id);
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

    /**
     * 503: the advisory ran past its deadline and was stopped. The log names the rule that was firing, and, when
     * its worker could not be freed, where that worker spins.
     */
    static ProblemDetails advisoryTimeout(String request, AdvisoryTimeoutException timeout) {
        String id = UUID.randomUUID().toString();
        if (timeout.workerStuck()) {
            LOG.error("{} ran past its deadline; problem id {}: {}", request, id, timeout.getMessage(), timeout);
        } else {
            LOG.error("{} ran past its deadline; problem id {}: {}", request, id, timeout.getMessage());
        }
        return forStatus(503, "The advisory did not finish within " + timeout.deadline().toMillis() / 1000.0
                + " s and was stopped; the failure is logged under id " + id + ".").withId(id);
    }

    /** Logs a failure with its stack trace under a new id and returns the 500 problem naming that id. */
    static ProblemDetails serverFailure(String request, Throwable failure) {
        String id = UUID.randomUUID().toString();
        if (failure != null && failure.getStackTrace().length == 0) {
            // HotSpot drops the stack of an exception it has thrown often; say how to keep it
            LOG.error("{} failed; problem id {} (no stack trace: the JVM leaves it out of an exception thrown many "
                    + "times; run java with -XX:-OmitStackTraceInFastThrow to keep it)", request, id, failure);
        } else {
            LOG.error("{} failed; problem id {}", request, id, failure);
        }
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
