package com.custodyadvisor.advisory;

import com.custodyadvisor.profile.Peril;
import com.custodyadvisor.profile.Tier;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * A named loss event computed from the profile and what the firm's own programme pays for it.
 *
 * @param id e.g. HOT_TIER_COMPROMISE
 * @param about what it is about in this profile, in its figures
 * @param lever what would make the loss smaller
 * @param lossByTier the loss by assessed tier, HOT first (tiers it does not reach left out)
 * @param untieredUsd a part of the loss in no known tier: uninsured by assumption
 * @param wallets pointers to the wallets it is about
 * @param payments the own layers that pay, lowest first
 * @param retainedUsd the deductible the firm carries
 * @param uninsuredUsd the loss less insured and retained
 */
@JsonPropertyOrder({"id", "name", "about", "lossUsd", "lossByTier", "untieredUsd", "perils", "wallets", "payments",
        "insuredUsd", "retainedUsd", "uninsuredUsd", "lever"})
public record ScenarioLoss(String id, String name, String about, long lossUsd, Map<Tier, Long> lossByTier,
                           long untieredUsd, List<Peril> perils, List<String> wallets, List<ScenarioPayment> payments,
                           long insuredUsd, long retainedUsd, long uninsuredUsd, String lever) {
}
