package com.custodyadvisor.engine.facts;

/**
 * One reason a provider fits, with its weight toward the provider's fit (0..100 in all).
 *
 * @param core true for a reason that makes the provider a candidate (a need it serves, a firm type it
 *             is best for); false for a bonus that only adds to a candidate's fit (tiers, region)
 * @param rule the id of the rule that gave it
 */
public record FitReason(String providerId, int weight, String reason, boolean core, String rule) {
}
