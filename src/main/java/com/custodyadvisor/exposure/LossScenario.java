package com.custodyadvisor.exposure;

import com.custodyadvisor.profile.Peril;
import com.custodyadvisor.profile.Policy;
import com.custodyadvisor.profile.Tier;
import com.custodyadvisor.profile.Wallet;
import java.util.List;
import java.util.Map;

/**
 * A loss event a rule declared from the profile (see rules/exposure.drl), with what the firm's own programme pays
 * for it: one fact per scenario, so finding rules can size limits against them.
 *
 * @param id the scenario's id, e.g. HOT_TIER_COMPROMISE
 * @param name what it is, in words (the declaring rule's title)
 * @param about what it is about in this profile, in its own figures
 * @param lever what would make the loss smaller, in words
 * @param perils the perils it involves; a layer responds when it answers for any of them
 * @param wallets the wallets it is about, in profile order
 * @param lossByTier the loss by assessed tier
 * @param untieredUsd a part of the loss in no known tier (assets the wallets do not describe): uninsured by
 *                    assumption, since no layer can be shown to respond to it
 * @param response what the programme does with the tiered part
 * @param perilNamed some layer of the own programme that responds to its tiers names one of its perils: where
 *                   none does, what is missing is the wording, not the limit
 */
public record LossScenario(String id, String name, String about, String lever, List<Peril> perils,
                           List<Wallet> wallets, Map<Tier, Long> lossByTier, long untieredUsd, Response response,
                           boolean perilNamed) {

    public LossScenario {
        perils = List.copyOf(perils);
        wallets = List.copyOf(wallets);
        lossByTier = Map.copyOf(lossByTier);
    }

    public long lossUsd() {
        return response.lossUsd() + untieredUsd;
    }

    public long insuredUsd() {
        return response.insuredUsd();
    }

    public long retainedUsd() {
        return response.retainedUsd();
    }

    public long uninsuredUsd() {
        return response.uninsuredUsd() + untieredUsd;
    }

    /** The part of the loss the own programme's limits reach: insured plus retained. */
    public long coveredUsd() {
        return response.coveredUsd();
    }

    /** The policies that pay toward it, lowest layer first. */
    public List<Policy> payingPolicies() {
        return response.payments().stream().map(p -> p.layer().policy()).toList();
    }

    /**
     * What the market can sell for it: at most {@code capacityUsd} (what is written for one risk), its hot part counted
     * only up to {@code hotScarceUsd} (hot sub-limits above it are scarce).
     */
    public long buyableUsd(long capacityUsd, long hotScarceUsd) {
        long hot = lossByTier.getOrDefault(Tier.HOT, 0L);
        return Math.min(capacityUsd, lossUsd() - hot + Math.min(hot, hotScarceUsd));
    }

    /**
     * The limit a programme should reach for it: the loss where it can be bought, else what can be (see
     * {@link #buyableUsd}), or what the own programme pays for it now if more.
     */
    public long targetUsd(long capacityUsd, long hotScarceUsd) {
        return Math.max(coveredUsd(), Math.min(lossUsd(), buyableUsd(capacityUsd, hotScarceUsd)));
    }

    /** The most cover can reach for it: what can be bought for one risk, or what the programme pays now if more. */
    public long coverTarget(long buyableUsd) {
        return Math.max(coveredUsd(), buyableUsd);
    }

    /** How much smaller the loss must get for cover to meet it at {@link #coverTarget}: 0 when it already fits. */
    public long reductionToFit(long buyableUsd) {
        return Math.max(0, lossUsd() - coverTarget(buyableUsd));
    }

    /**
     * True when it is the worse of two events: a larger loss; as large, a larger uninsured part; as both, the id
     * that sorts first.
     */
    public boolean outranks(LossScenario other) {
        if (lossUsd() != other.lossUsd()) {
            return lossUsd() > other.lossUsd();
        }
        if (uninsuredUsd() != other.uninsuredUsd()) {
            return uninsuredUsd() > other.uninsuredUsd();
        }
        return id.compareTo(other.id) < 0;
    }

    /** The tiers it reaches, HOT first. */
    public List<Tier> tiers() {
        return List.of(Tier.HOT, Tier.WARM, Tier.COLD).stream().filter(t -> lossByTier.getOrDefault(t, 0L) > 0).toList();
    }
}
