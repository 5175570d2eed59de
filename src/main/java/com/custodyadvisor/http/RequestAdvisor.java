package com.custodyadvisor.http;

import com.custodyadvisor.engine.Advisor;
import io.javalin.http.Context;
import java.util.function.Supplier;

/**
 * The advisor a request works with: read once from the supplier when the request starts and kept on the
 * request, so a swap of rules mid-request cannot mix two rule sets in one answer.
 */
final class RequestAdvisor {

    private static final String ATTRIBUTE = RequestAdvisor.class.getName();

    private RequestAdvisor() {
    }

    /** Fixes the request's advisor (a before-handler, run for every request). */
    static void pin(Context ctx, Supplier<Advisor> advisors) {
        ctx.attribute(ATTRIBUTE, advisors.get());
    }

    /**
     * The advisor pinned for the request.
     *
     * @throws ProblemException 503 while the first rule set is still compiling
     */
    static Advisor of(Context ctx) {
        Advisor advisor = ctx.attribute(ATTRIBUTE);
        if (advisor == null) {
            ctx.header("Retry-After", "5");
            throw new ProblemException(ProblemResponses.notReady());
        }
        return advisor;
    }

    /** The advisor pinned for the request, or null while the first rule set is still compiling. */
    static Advisor orNull(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }

    /** The pinned advisor's rule set version, or null when the request ended before one was pinned. */
    static String rulesetVersionOf(Context ctx) {
        Advisor advisor = ctx.attribute(ATTRIBUTE);
        return advisor == null ? null : advisor.ruleSet().version();
    }
}
