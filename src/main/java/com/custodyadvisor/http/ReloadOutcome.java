package com.custodyadvisor.http;

import com.custodyadvisor.engine.Advisor;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The body of a successful {@code POST /v1/admin/reload}: what now serves requests. */
@JsonPropertyOrder({"status", "rulesetVersion", "catalogVersion", "rules", "providers"})
record ReloadOutcome(String status, String rulesetVersion, String catalogVersion, int rules, int providers) {

    static ReloadOutcome of(Advisor advisor) {
        return new ReloadOutcome("RELOADED", advisor.ruleSet().version(), advisor.catalog().version(),
                advisor.ruleSet().rules().size(), advisor.catalog().size());
    }
}
