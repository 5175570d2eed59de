package com.custodyadvisor.http;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.profile.InvalidProfileException;
import com.custodyadvisor.profile.ProfileReader;
import com.custodyadvisor.profile.SubmittedProfile;
import com.custodyadvisor.report.AdvisoryJson;
import com.custodyadvisor.report.BrokerPackPdf;
import com.custodyadvisor.report.MarkdownReport;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Locale;

/**
 * {@code POST /v1/advisories}: a profile (JSON or YAML) in, the advisory out, as JSON (byte for byte what
 * {@code assess --format json} prints) or, as the Accept header asks, as the broker pack in Markdown
 * ({@code text/markdown}) or PDF ({@code application/pdf}); an Accept header that refuses all three gets 406.
 */
final class AdvisoryHandler implements Handler {

    private final ProfileReader reader;
    private final long maxBodyBytes;

    AdvisoryHandler(ProfileReader reader, long maxBodyBytes) {
        this.reader = reader;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void handle(Context ctx) {
        Advisor advisor = RequestAdvisor.of(ctx);
        requireProfileMediaType(ctx.header("Content-Type"));
        requireNoContentEncoding(ctx.header("Content-Encoding"));
        boolean explain = explain(ctx.queryParam("explain"));
        String answerType = MediaTypes.negotiate(ctx.header("Accept"));
        if (answerType == null) {
            throw new ProblemException(ProblemResponses.notAcceptable("The Accept header refuses every type the "
                    + "advisory comes in; accept one of " + String.join(", ", MediaTypes.ADVISORY_TYPES) + "."));
        }
        byte[] body = RequestBodies.read(ctx, maxBodyBytes);
        SubmittedProfile submitted;
        try {
            submitted = reader.read(body);
        } catch (InvalidProfileException e) {
            throw new ProblemException(ProblemResponses.invalidProfile(e.problems()));
        }
        Advisory advisory = explain ? advisor.run(submitted).advisory() : advisor.advise(submitted);
        ServiceMetrics.verdict(ctx, advisory.summary().verdict());
        switch (answerType) {
            case MediaTypes.MARKDOWN -> ctx.contentType(MediaTypes.MARKDOWN_UTF8)
                    .result(MarkdownReport.render(submitted.profile(), advisory, advisor.catalog()));
            case MediaTypes.PDF -> ctx.contentType(MediaTypes.PDF)
                    .header("Content-Disposition", "attachment; filename=\"broker-pack.pdf\"")
                    .result(BrokerPackPdf.render(submitted.profile(), advisory, advisor.catalog()));
            default -> ctx.contentType(MediaTypes.JSON).result(AdvisoryJson.render(advisory));
        }
    }

    private static void requireProfileMediaType(String contentType) {
        if (MediaTypes.isProfileType(contentType)) {
            return;
        }
        String given = contentType == null || contentType.isBlank()
                ? "The request has no Content-Type"
                : "Content-Type " + MediaTypes.baseType(contentType) + " is not supported";
        throw new ProblemException(ProblemResponses.unsupportedMediaType(given + "; send the profile as "
                + String.join(", ", MediaTypes.PROFILE_TYPES) + "."));
    }

    /** A compressed body would be read as garbled text: refused as a type the endpoint does not take (RFC 7694). */
    static void requireNoContentEncoding(String encoding) {
        if (encoding == null || encoding.isBlank() || encoding.strip().equalsIgnoreCase("identity")) {
            return;
        }
        throw new ProblemException(ProblemResponses.unsupportedMediaType("Content-Encoding " + encoding.strip()
                + " is not supported; send the profile uncompressed."));
    }

    /** {@code ?explain=true} (or a bare {@code ?explain}) keeps the findings' explanations. */
    static boolean explain(String value) {
        if (value == null) {
            return false;
        }
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "", "true":
                return true;
            case "false":
                return false;
            default:
                throw new ProblemException(ProblemResponses.badRequest(
                        "Query parameter explain must be true or false."));
        }
    }
}
