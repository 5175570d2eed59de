package com.custodyadvisor.http;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.profile.InvalidProfileException;
import com.custodyadvisor.profile.ProfileReader;
import com.custodyadvisor.profile.SubmittedProfile;
import com.custodyadvisor.report.AdvisoryJson;
import com.custodyadvisor.report.MarkdownReport;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Locale;

/**
 * {@code POST /v1/advisories}: a profile (JSON or YAML) in, the advisory out, as JSON (byte for byte what
 * {@code assess --format json} prints) or, for {@code Accept: text/markdown}, as the Markdown report.
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
        boolean markdown = MediaTypes.prefersMarkdown(ctx.header("Accept"));
        byte[] body = RequestBodies.read(ctx, maxBodyBytes);
        SubmittedProfile submitted;
        try {
            submitted = reader.read(body);
        } catch (InvalidProfileException e) {
            throw new ProblemException(ProblemResponses.invalidProfile(e.problems()));
        }
        Advisory advisory = explain ? advisor.run(submitted).advisory() : advisor.advise(submitted);
        ServiceMetrics.verdict(ctx, advisory.summary().verdict());
        if (markdown) {
            ctx.contentType(MediaTypes.MARKDOWN_UTF8)
                    .result(MarkdownReport.render(submitted.profile(), advisory, advisor.catalog()));
        } else {
            ctx.contentType(MediaTypes.JSON).result(AdvisoryJson.render(advisory));
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
