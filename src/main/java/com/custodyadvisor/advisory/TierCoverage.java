package com.custodyadvisor.advisory;

import com.custodyadvisor.profile.Peril;
import com.custodyadvisor.profile.PolicyLine;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * One assessed tier of the coverage map.
 *
 * @param exposureUsd what the tier holds, on assessed tiers
 * @param coveredUsd what the own programme pays, stacked, for losing it all to a peril it answers for (for a tier
 *                   that holds nothing, the most it would pay)
 * @param uninsuredUsd what it leaves of the tier's value: exposure less covered, never below 0
 * @param perils a cell per peril
 * @param lines a cell per line shown
 */
@JsonPropertyOrder({"exposureUsd", "coveredUsd", "uninsuredUsd", "perils", "lines"})
public record TierCoverage(long exposureUsd, long coveredUsd, long uninsuredUsd, Map<Peril, CoverageCell> perils,
                           Map<PolicyLine, CoverageCell> lines) {
}
