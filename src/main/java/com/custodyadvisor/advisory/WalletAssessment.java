package com.custodyadvisor.advisory;

import com.custodyadvisor.profile.Tier;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A wallet's tier as declared and as an underwriter would assign it.
 *
 * @param path the wallet's JSON Pointer in the profile
 * @param name its name; absent when the profile gives none
 * @param reason why it is in its assessed tier
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"path", "name", "valueUsd", "declaredTier", "assessedTier", "reason"})
public record WalletAssessment(String path, String name, long valueUsd, Tier declaredTier, Tier assessedTier,
                               String reason) {
}
