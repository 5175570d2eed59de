package com.custodyadvisor.http;

import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.reload.ReloadStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * The body of {@code GET /health}: the service is up, which rules and catalogue it serves, and how the
 * last reload went (a reload that failed leaves the previous rules serving and says why here).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"status", "rulesetVersion", "catalogVersion", "rules", "providers", "lastReloadAt",
        "lastReloadError"})
record HealthStatus(String status, String rulesetVersion, String catalogVersion, int rules, int providers,
                    Instant lastReloadAt, List<String> lastReloadError) {

    static HealthStatus of(Advisor advisor, ReloadStatus reload) {
        return new HealthStatus("UP", advisor.ruleSet().version(), advisor.catalog().version(),
                advisor.ruleSet().rules().size(), advisor.catalog().size(),
                reload == null ? null : reload.lastReloadAt(), reload == null ? null : reload.lastReloadError());
    }
}
