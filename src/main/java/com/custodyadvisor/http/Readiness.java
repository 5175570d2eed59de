package com.custodyadvisor.http;

import com.custodyadvisor.engine.Advisor;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The body of {@code GET /health/live} and {@code GET /health/ready}. Live: the process answers. Ready: a
 * rule set is compiled and serving, so advisories can be made (503 with status STARTING before that).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"status", "rulesetVersion", "catalogVersion"})
record Readiness(String status, String rulesetVersion, String catalogVersion) {

    static final Readiness LIVE = new Readiness("UP", null, null);
    static final Readiness STARTING = new Readiness("STARTING", null, null);

    static Readiness of(Advisor advisor) {
        return advisor == null ? STARTING
                : new Readiness("READY", advisor.ruleSet().version(), advisor.catalog().version());
    }

    boolean ready() {
        return rulesetVersion != null;
    }
}
