package com.custodyadvisor.http;

import io.javalin.config.StaticFilesConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * {@code /}: the self-assessment page (questionnaire, results, downloads), served from the {@code web/}
 * resources. Only files that exist are served; any other path falls through to the routes, so an unknown
 * path still gets the 404 problem rather than the page.
 */
final class WebPage {

    static final String RESOURCES = "/web";

    /**
     * The page loads nothing from outside the service: the policy makes the browser refuse it if a change
     * ever tried to, so the page keeps working offline.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; connect-src 'self' blob:; font-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private WebPage() {
    }

    static void serve(StaticFilesConfig staticFiles) {
        staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = RESOURCES;
            files.location = Location.CLASSPATH;
            // revalidated on every load (the ETag makes that cheap), so a new release shows at once
            // (X-Content-Type-Options is set on every answer by SecurityHeaders)
            files.headers = Map.of(
                    "Cache-Control", "no-cache",
                    "Content-Security-Policy", CONTENT_SECURITY_POLICY);
        });
    }
}
