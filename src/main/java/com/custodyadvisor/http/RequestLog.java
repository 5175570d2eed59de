package com.custodyadvisor.http;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, path, status, duration and the rule set that answered (the request id is in
 * the logging context); and the request's metrics. Bodies and query strings are never logged: a profile
 * describes a firm's security set-up.
 */
final class RequestLog implements RequestLogger {

    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);

    /** Enough of the SHA-256 to tell rule sets apart in a log, as short commit ids do. */
    private static final int VERSION_CHARS = 12;

    private final ServiceMetrics metrics;

    RequestLog(ServiceMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void handle(Context ctx, Float executionTimeMs) {
        metrics.requestDone(ctx, executionTimeMs);
        if (!LOG.isInfoEnabled()) {
            return;
        }
        String version = RequestAdvisor.rulesetVersionOf(ctx);
        String ruleset = version == null ? "-" : version.substring(0, Math.min(VERSION_CHARS, version.length()));
        LOG.info("{} {} {} {} ms ruleset={}", ctx.method(), ctx.path(), ctx.statusCode(),
                tenths(executionTimeMs), ruleset);
    }

    /** The duration to a tenth of a millisecond, as "%.1f" would give it without a Formatter per request. */
    static String tenths(float ms) {
        long tenths = Math.round(ms * 10.0);
        return tenths / 10 + "." + tenths % 10;
    }
}
