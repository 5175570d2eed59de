package com.custodyadvisor.profile;

import java.util.List;

/**
 * What the firm does with the assets beyond holding them.
 *
 * @param subCustodians names of sub-custodians and wallet vendors relied on
 */
public record Activities(Boolean staking, long stakedUsd, Boolean defi, Boolean smartContracts,
                         List<String> subCustodians) {

    public static final Activities NONE = new Activities(null, 0, null, null, List.of());

    public Activities {
        subCustodians = subCustodians == null ? List.of() : List.copyOf(subCustodians);
    }

    /** Staking is declared, or some value is staked. */
    public boolean hasStakingExposure() {
        return Boolean.TRUE.equals(staking) || stakedUsd > 0;
    }

    /** DeFi or smart-contract workflows are declared. */
    public boolean hasOnChainExposure() {
        return Boolean.TRUE.equals(defi) || Boolean.TRUE.equals(smartContracts);
    }
}
