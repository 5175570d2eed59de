package com.custodyadvisor.exposure;

import com.custodyadvisor.profile.Tier;
import com.custodyadvisor.profile.Wallet;
import java.util.List;
import java.util.Map;

/**
 * What one wallet vendor or sub-custodian holds or co-signs for the firm: the wallets naming it as their provider.
 *
 * @param provider the name as the first of its wallets gives it
 * @param index the place of its first wallet in the profile
 * @param lossByTier their value by assessed tier
 */
public record VendorHolding(String provider, int index, long valueUsd, List<Wallet> wallets, Map<Tier, Long> lossByTier) {

    public VendorHolding {
        wallets = List.copyOf(wallets);
        lossByTier = Map.copyOf(lossByTier);
    }

    /** True when it holds more than the other, or as much and comes first in the profile. */
    public boolean outranks(VendorHolding other) {
        return valueUsd > other.valueUsd || (valueUsd == other.valueUsd && index < other.index);
    }
}
