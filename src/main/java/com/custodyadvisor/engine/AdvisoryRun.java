package com.custodyadvisor.engine;

import com.custodyadvisor.advisory.Advisory;
import java.util.Set;

/**
 * An advisory and how it was made.
 *
 * @param firedRules the rules that fired (for scenario coverage)
 */
public record AdvisoryRun(Advisory advisory, Set<RuleInfo> firedRules) {

    /** The ids of the rules that fired. */
    public Set<String> firedRuleIds() {
        return firedRules.stream().map(RuleInfo::id).collect(java.util.stream.Collectors.toSet());
    }
}
