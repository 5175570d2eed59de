package com.custodyadvisor.authoring;

import java.util.List;
import java.util.Set;

/**
 * How one scenario went.
 *
 * @param failures each unmet expectation, as "expected … but …"; empty when it passed
 * @param firedRuleIds the rules that fired for it (for coverage)
 */
public record ScenarioResult(Scenario scenario, List<String> failures, Set<String> firedRuleIds, long nanos) {

    public boolean passed() {
        return failures.isEmpty();
    }
}
