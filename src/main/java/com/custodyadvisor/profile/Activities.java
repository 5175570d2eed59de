package com.custodyadvisor.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What the firm does with the assets beyond holding them.
 *
 * @param subCustodianEntries sub-custodians and wallet vendors relied on, as given in {@code subCustodians}
 *                            (a plain name becomes an entry with only its name); {@link #subCustodians()}
 *                            gives their names
 * @param tradingDesk the firm runs OTC/RFQ or proprietary trading; null when not confirmed
 * @param custodyModel who holds the keys; null when not given
 * @param rehypothecation client assets are lent, pledged or used as collateral; null when not confirmed
 * @param separateCustodyEntity custody is run by a legal entity separate from trading; null when not confirmed
 * @param embeddedWallets the firm offers wallets or custody inside its own product to end customers; null when
 *                        not confirmed
 */
public record Activities(Boolean staking, long stakedUsd, Boolean defi, Boolean smartContracts,
                         @JsonProperty("subCustodians") List<SubCustodian> subCustodianEntries, Boolean tradingDesk,
                         CustodyModel custodyModel, Boolean rehypothecation, Boolean separateCustodyEntity,
                         Boolean embeddedWallets) {

    public static final Activities NONE = new Activities(null, 0, null, null, List.of(), null, null, null, null, null);

    public Activities {
        subCustodianEntries = subCustodianEntries == null ? List.of() : List.copyOf(subCustodianEntries);
    }

    /** The names of the sub-custodians and wallet vendors relied on, in the order given. */
    public List<String> subCustodians() {
        return subCustodianEntries.stream().map(SubCustodian::name).toList();
    }

    /** The sub-custodian of that name (ignoring case and surrounding spaces), e.g. a wallet's provider; or null. */
    public SubCustodian subCustodianNamed(String name) {
        return subCustodianEntries.stream().filter(s -> s.isNamed(name)).findFirst().orElse(null);
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
