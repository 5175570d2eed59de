package com.custodyadvisor.advisory;

import com.custodyadvisor.profile.PolicyLine;
import com.custodyadvisor.profile.Tier;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * Storage tiers (as assessed) against perils and lines of cover, for the firm's own programme.
 *
 * @param lines the lines shown: CRIME and SPECIE always, and every other line the profile holds
 * @param tiers HOT, WARM and COLD
 */
@JsonPropertyOrder({"lines", "tiers"})
public record CoverageMap(List<PolicyLine> lines, Map<Tier, TierCoverage> tiers) {
}
