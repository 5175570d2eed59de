package com.custodyadvisor.engine;

import com.custodyadvisor.advisory.Advisory;
import java.util.Set;

/**
 * An advisory and how it was made.
 *
 * @param firedRuleIds ids of the rules that fired (for scenario coverage)
 */
public record AdvisoryRun(Advisory advisory, Set<String> firedRuleIds) {
}
