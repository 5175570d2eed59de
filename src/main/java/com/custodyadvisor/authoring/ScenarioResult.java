package com.custodyadvisor.authoring;

import com.custodyadvisor.engine.RuleInfo;
import java.util.List;
import java.util.Set;

/**
 * How one scenario went.
 *
 * @param failures each unmet expectation, as "expected … but …"; empty when it passed
 * @param firedRules the rules that fired for it (for coverage)
 */
public record ScenarioResult(Scenario scenario, List<String> failures, Set<RuleInfo> firedRules, long nanos) {

    public boolean passed() {
        return failures.isEmpty();
    }
}
