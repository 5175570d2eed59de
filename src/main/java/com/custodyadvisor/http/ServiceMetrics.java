package com.custodyadvisor.http;

import com.custodyadvisor.advisory.Verdict;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.reload.LiveAdvisor;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The service's metrics, scraped by Prometheus at {@code /metrics}: requests (a latency histogram by route
 * and status), advisories by verdict and status, reloads by outcome, how long the serving rule set has been
 * in service, whether the service is ready, and the JVM's own (memory, GC, threads, CPU, class loading).
 */
final class ServiceMetrics implements AutoCloseable {

    static final String PATH = "/metrics";

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    static final String OPEN_METRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    /** Set by the advisory handler once an advisory is made; absent when the request failed first. */
    private static final String VERDICT = ServiceMetrics.class.getName() + ".verdict";

    /** Latency buckets: from a cached advisory (about a millisecond) to a request stuck behind a compile. */
    private static final Duration[] BUCKETS = {
        Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10),
        Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
        Duration.ofSeconds(10)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    /** @param live the reloadable advisor, for reload and rule set age metrics; null when the advisor is fixed */
    ServiceMetrics(Supplier<Advisor> advisors, LiveAdvisor live, Clock clock) {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new JvmInfoMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);

        Gauge.builder("custody.advisor.ready", advisors, a -> a.get() == null ? 0 : 1)
                .description("1 once a rule set is compiled and serving, 0 before").register(registry);
        if (live != null) {
            for (boolean swapped : new boolean[] {true, false}) {
                FunctionCounter.builder("custody.advisor.reloads", live,
                                l -> swapped ? l.swaps() : l.refusals())
                        .description("Reloads of the rules and catalogue, by outcome: swapped in, or refused "
                                + "(the serving set kept)")
                        .tag("outcome", swapped ? "swapped" : "refused").register(registry);
            }
            TimeGauge.builder("custody.advisor.ruleset.age", live, TimeUnit.SECONDS, l -> ageSeconds(l, clock))
                    .description("Time since the serving rule set was compiled and put in service")
                    .register(registry);
        }
    }

    private static double ageSeconds(LiveAdvisor live, Clock clock) {
        Instant since = live.servingSince();
        return since == null ? Double.NaN : Duration.between(since, clock.instant()).toMillis() / 1000.0;
    }

    /** Notes the verdict of the advisory a request made. */
    static void verdict(Context ctx, Verdict verdict) {
        ctx.attribute(VERDICT, verdict);
    }

    /** Records a finished request: its latency, and for an advisory its verdict and status. */
    void requestDone(Context ctx, float executionTimeMs) {
        String status = String.valueOf(ctx.statusCode());
        Timer.builder("http.server.requests")
                .description("HTTP requests: latency by method, route and status")
                .tags("method", ctx.method().name(), "uri", route(ctx), "status", status)
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(Duration.ofNanos((long) (executionTimeMs * 1_000_000L)));
        if (ctx.method().name().equals("POST") && ctx.path().equals(AdvisoryRoutes.ADVISORIES)) {
            Verdict verdict = ctx.attribute(VERDICT);
            Counter.builder("custody.advisor.advisories")
                    .description("Advisory requests by verdict (none when no advisory was made) and HTTP status")
                    .tags("verdict", verdict == null ? "none" : verdict.name(), "status", status)
                    .register(registry).increment();
        }
    }

    /** The route template ("/v1/providers/{id}"), never the raw path: a tag per path would grow without end. */
    private static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint != null) {
            return endpoint.path;
        }
        return ctx.statusCode() == 404 ? "NOT_FOUND" : ctx.statusCode() < 400 ? "STATIC" : "UNMATCHED";
    }

    /** {@code GET /metrics}: the Prometheus text format, or OpenMetrics when the scraper asks for it. */
    void scrape(Context ctx) {
        String accept = ctx.header("Accept");
        boolean openMetrics = accept != null && accept.toLowerCase(Locale.ROOT).contains("application/openmetrics-text");
        String contentType = openMetrics ? OPEN_METRICS : PROMETHEUS_TEXT;
        ctx.contentType(contentType).result(registry.scrape(contentType));
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
