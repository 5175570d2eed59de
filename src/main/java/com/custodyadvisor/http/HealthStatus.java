package com.custodyadvisor.http;

import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.engine.AdvisoryStats;
import com.custodyadvisor.engine.AdvisoryWorkers;
import com.custodyadvisor.reload.ReloadStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code GET /health}. Anyone sees the status and which rules and catalogue serve; with the admin
 * key, also the counts, how the serving set's advisories fared, stuck workers and how the last reload went
 * (its messages name files on the server, which are nobody else's business).
 *
 * <p>DEGRADED: an advisory worker is stuck in a rule that does not return (restart to free it), or an
 * advisory of the serving rule set failed or ran out of time within the last {@link #RECENT}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"status", "rulesetVersion", "catalogVersion", "rules", "providers", "advisoryTimeoutMs",
        "advisories", "failedAdvisories", "timedOutAdvisories", "errorRate", "stuckWorkers", "degraded",
        "lastReloadAt", "lastReloadError"})
record HealthStatus(String status, String rulesetVersion, String catalogVersion, Integer rules, Integer providers,
                    Long advisoryTimeoutMs, Long advisories, Long failedAdvisories, Long timedOutAdvisories,
                    Double errorRate, Integer stuckWorkers, List<String> degraded, Instant lastReloadAt,
                    List<String> lastReloadError) {

    static final String UP = "UP";
    static final String DEGRADED = "DEGRADED";

    /** How long a failed advisory keeps the status DEGRADED. */
    static final Duration RECENT = Duration.ofMinutes(5);

    /** Status and versions only, for anyone. */
    static HealthStatus publicView(Advisor advisor, Instant now) {
        return new HealthStatus(degradedReasons(advisor, now).isEmpty() ? UP : DEGRADED, advisor.ruleSet().version(),
                advisor.catalog().version(), null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Everything, for a caller with the admin key. */
    static HealthStatus adminView(Advisor advisor, ReloadStatus reload, Instant now) {
        List<String> reasons = degradedReasons(advisor, now);
        AdvisoryStats stats = advisor.stats();
        return new HealthStatus(reasons.isEmpty() ? UP : DEGRADED, advisor.ruleSet().version(),
                advisor.catalog().version(), advisor.ruleSet().rules().size(), advisor.catalog().size(),
                advisor.timeout().toMillis(), stats.advisories(), stats.failures(), stats.timeouts(),
                stats.errorRate(), AdvisoryWorkers.stuck(), reasons.isEmpty() ? null : reasons,
                reload == null ? null : reload.lastReloadAt(), reload == null ? null : reload.lastReloadError());
    }

    private static List<String> degradedReasons(Advisor advisor, Instant now) {
        List<String> reasons = new ArrayList<>();
        int stuck = AdvisoryWorkers.stuck();
        if (stuck > 0) {
            reasons.add(stuck + " advisory worker" + (stuck == 1 ? " is" : "s are") + " stuck in a rule that does "
                    + "not return; fix the rule, then restart the service to free " + (stuck == 1 ? "it" : "them"));
        }
        Instant failed = advisor.stats().lastFailureAt();
        if (failed != null && failed.isAfter(now.minus(RECENT))) {
            reasons.add("an advisory of the serving rule set failed at " + failed + " (" + advisor.stats().failures()
                    + " of " + advisor.stats().advisories() + " since it was loaded)");
        }
        return reasons;
    }
}
