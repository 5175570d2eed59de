package com.custodyadvisor.exposure;

import com.custodyadvisor.profile.Tier;
import com.custodyadvisor.profile.Wallet;
import java.util.List;

/**
 * What the firm holds in one storage tier as an underwriter would assign it: inserted for every tier, also when
 * it holds nothing.
 *
 * @param valueUsd the sum of the wallets assessed in the tier
 * @param wallets the wallets assessed in the tier, in profile order
 * @param declaredValueUsd the sum of the wallets declared in the tier
 * @param covered some layer of the firm's own theft programme responds to losses from the tier
 */
public record TierExposure(Tier tier, long valueUsd, List<Wallet> wallets, long declaredValueUsd, boolean covered) {

    public TierExposure {
        wallets = List.copyOf(wallets);
    }

    /** What it holds above a share of a whole (e.g. of client assets): the amount to move out to reach it; 0 if none. */
    public long aboveShareOf(long wholeUsd, double share) {
        return Math.max(0, valueUsd - (long) Math.floor(wholeUsd * share));
    }

    /** True when the assessed tier holds other wallets than the declared one (some wallet was reassessed into or out of it). */
    public boolean isReassessed() {
        return valueUsd != declaredValueUsd || wallets.stream().anyMatch(w -> w.tier() != tier);
    }
}
