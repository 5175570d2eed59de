package com.custodyadvisor.engine.facts;

import com.custodyadvisor.profile.Tier;
import com.custodyadvisor.profile.Wallet;
import java.util.List;

/**
 * What the firm holds in one storage tier: inserted for every tier, also when it holds nothing.
 *
 * @param valueUsd the sum of the tier's wallets
 */
public record TierExposure(Tier tier, long valueUsd, List<Wallet> wallets) {

    public TierExposure {
        wallets = List.copyOf(wallets);
    }
}
