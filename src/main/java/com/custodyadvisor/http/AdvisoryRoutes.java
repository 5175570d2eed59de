package com.custodyadvisor.http;

import com.custodyadvisor.catalog.Provider;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.engine.AdvisoryTimeoutException;
import com.custodyadvisor.reload.LiveAdvisor;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The endpoints of the contract and the mapping of every failure to a problem response. */
final class AdvisoryRoutes {

    static final String ADVISORIES = "/v1/advisories";

    private final Supplier<Advisor> advisors;
    private final AdvisoryHandler advisories;
    private final BatchHandler batch;
    private final String openApi;
    private final DocsPage docs;
    private final long maxBodyBytes;
    private final LiveAdvisor live;
    private final AdminRoutes admin;
    private final ServiceMetrics metrics;

    /** @param live the reloadable advisor behind {@code advisors}, or null when it is fixed */
    AdvisoryRoutes(Supplier<Advisor> advisors, LiveAdvisor live, AdvisoryHandler advisories, BatchHandler batch,
                   String openApi, DocsPage docs, ServerConfig config, ServiceMetrics metrics) {
        this.batch = batch;
        this.advisors = advisors;
        this.metrics = metrics;
        this.live = live;
        this.admin = new AdminRoutes(live, config.adminKey());
        this.advisories = advisories;
        this.openApi = openApi;
        this.docs = docs;
        this.maxBodyBytes = config.maxBodyBytes();
    }

    void register(RoutesConfig routes) {
        routes.before(ctx -> RequestAdvisor.pin(ctx, advisors));

        routes.post(ADVISORIES, advisories);
        routes.post(BatchHandler.PATH, batch);
        routes.get("/v1/providers", ctx -> ctx.json(ProviderList.of(RequestAdvisor.of(ctx).catalog())));
        routes.get("/v1/providers/{id}", AdvisoryRoutes::provider);
        routes.get("/v1/rules", ctx -> ctx.json(RuleList.of(RequestAdvisor.of(ctx).ruleSet())));
        routes.get("/v1/regimes", ctx -> ctx.json(RequestAdvisor.of(ctx).ruleSet().regimes()));
        routes.get("/health", this::health);
        // probes: live while the process answers; ready once a rule set is compiled and serving
        routes.get("/health/live", ctx -> ctx.json(Readiness.LIVE));
        routes.get("/health/ready", AdvisoryRoutes::readiness);
        routes.get(ServiceMetrics.PATH, metrics::scrape);
        routes.post(AdminRoutes.RELOAD_PATH, admin::reload);
        routes.get("/openapi.json", ctx -> ctx.contentType(MediaTypes.JSON).result(openApi));
        routes.get(DocsPage.PATH, docs::page);
        routes.get(DocsPage.INITIALIZER_PATH, docs::initializer);

        routes.exception(ProblemException.class, (e, ctx) -> ProblemResponses.write(ctx, e.problem()));
        routes.exception(AdvisoryTimeoutException.class, (e, ctx) -> ProblemResponses.write(ctx,
                ProblemResponses.advisoryTimeout(ctx.method() + " " + ctx.path(), e)));
        routes.exception(HttpResponseException.class, this::httpError);
        routes.exception(Exception.class, (e, ctx) -> ProblemResponses.write(ctx,
                ProblemResponses.serverFailure(ctx.method() + " " + ctx.path(), e)));
    }

    private static void readiness(Context ctx) {
        Readiness readiness = Readiness.of(RequestAdvisor.orNull(ctx));
        if (!readiness.ready()) {
            ctx.status(503).header("Retry-After", "5");
        }
        ctx.json(readiness);
    }

    /** Status and versions for anyone; with the admin key, the details. */
    private void health(Context ctx) {
        Advisor advisor = RequestAdvisor.of(ctx);
        Instant now = Instant.now();
        ctx.json(admin.admits(ctx)
                ? HealthStatus.adminView(advisor, live == null ? null : live.status(), now)
                : HealthStatus.publicView(advisor, now));
    }

    private static void provider(Context ctx) {
        Advisor advisor = RequestAdvisor.of(ctx);
        String id = ctx.pathParam("id");
        Provider provider = advisor.catalog().find(id).orElseThrow(() -> new ProblemException(
                ProblemResponses.notFound("No provider has id \"" + id + "\"; the catalogue has "
                        + advisor.catalog().providers().stream().map(Provider::id).collect(Collectors.joining(", "))
                        + ".")));
        ctx.json(provider);
    }

    /** Javalin's own answers (no route, wrong method, body over its limit) as problems. */
    private void httpError(HttpResponseException e, Context ctx) {
        String request = ctx.method() + " " + ctx.path();
        ProblemDetails problem = switch (e.getStatus()) {
            case 404 -> ProblemResponses.notFound("Nothing answers " + request
                    + "; the endpoints are described at /openapi.json.");
            case 405 -> methodNotAllowed(ctx, e.getDetails());
            case 413 -> ProblemResponses.contentTooLarge(maxBodyBytes);
            default -> ProblemResponses.forStatus(e.getStatus(), e.getMessage());
        };
        ProblemResponses.write(ctx, problem);
    }

    private static ProblemDetails methodNotAllowed(Context ctx, Map<String, String> details) {
        String allowed = details.values().stream().collect(Collectors.joining(", "));
        if (!allowed.isEmpty()) {
            ctx.header("Allow", allowed);
        }
        return ProblemResponses.methodNotAllowed(ctx.method() + " is not allowed on " + ctx.path()
                + (allowed.isEmpty() ? "." : "; allowed: " + allowed + "."));
    }
}
