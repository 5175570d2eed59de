package com.custodyadvisor.profile;

import java.util.List;

/**
 * What the firm holds.
 *
 * @param aumUsd all digital assets the firm holds, for clients and its own, every wallet included
 * @param tvlUsd value locked in on-chain or DeFi workflows
 * @param clientAssetsUsd of aumUsd, the part held for clients; null when not given (see
 *                        {@link Profile#clientAssetsUsd()} for how it is read then)
 * @param ownReserves the firm's own holdings kept as a reserve against client assets, per asset
 * @param owedToClients what the firm owes its clients, per asset
 */
public record Holdings(long aumUsd, long tvlUsd, Long clientAssetsUsd, List<AssetAmount> ownReserves,
                       List<AssetAmount> owedToClients) {

    public Holdings {
        ownReserves = ownReserves == null ? List.of() : List.copyOf(ownReserves);
        owedToClients = owedToClients == null ? List.of() : List.copyOf(owedToClients);
    }

    /** The own reserve held in the asset (the sum of its entries; 0 when none is listed). */
    public long ownReserveUsd(String asset) {
        return sum(ownReserves, asset);
    }

    /** What is owed to clients in the asset (the sum of its entries; 0 when none is listed). */
    public long owedToClientsUsd(String asset) {
        return sum(owedToClients, asset);
    }

    private static long sum(List<AssetAmount> amounts, String asset) {
        return amounts.stream().filter(a -> a.asset().equals(asset)).mapToLong(AssetAmount::valueUsd).sum();
    }
}
