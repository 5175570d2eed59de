package com.custodyadvisor.http;

import com.custodyadvisor.engine.Advisor;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The body of {@code GET /health}: the service is up, and which rules and catalogue it serves. */
@JsonPropertyOrder({"status", "rulesetVersion", "catalogVersion", "rules", "providers"})
record HealthStatus(String status, String rulesetVersion, String catalogVersion, int rules, int providers) {

    static HealthStatus of(Advisor advisor) {
        return new HealthStatus("UP", advisor.ruleSet().version(), advisor.catalog().version(),
                advisor.ruleSet().rules().size(), advisor.catalog().size());
    }
}
