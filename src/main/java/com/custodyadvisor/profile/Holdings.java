package com.custodyadvisor.profile;

import java.util.List;

/**
 * What the firm holds.
 *
 * @param aumUsd all digital assets the firm holds, for clients and its own, every wallet included
 * @param tvlUsd value locked in on-chain or DeFi workflows
 * @param clientAssetsUsd of aumUsd, the part held for clients; null when not given (see
 *                        {@link Profile#clientAssetsUsd()} for how it is read then)
 * @param ownReserves the firm's own holdings kept as a reserve against client assets, per asset; null when not
 *                    given (the accessor reads it as empty, {@link #isOwnReservesGiven()} tells the two apart)
 * @param owedToClients what the firm owes its clients, per asset; null when not given (read as above)
 */
public record Holdings(long aumUsd, long tvlUsd, Long clientAssetsUsd, List<AssetAmount> ownReserves,
                       List<AssetAmount> owedToClients) {

    public Holdings {
        ownReserves = ownReserves == null ? null : List.copyOf(ownReserves);
        owedToClients = owedToClients == null ? null : List.copyOf(owedToClients);
    }

    /** The own reserves, per asset (empty when not given). */
    @Override
    public List<AssetAmount> ownReserves() {
        return ownReserves == null ? List.of() : ownReserves;
    }

    /** What is owed to clients, per asset (empty when not given). */
    @Override
    public List<AssetAmount> owedToClients() {
        return owedToClients == null ? List.of() : owedToClients;
    }

    /** True when the profile lists its own reserves (an empty list says it holds none). */
    public boolean isOwnReservesGiven() {
        return ownReserves != null;
    }

    /** True when the profile lists what it owes clients (an empty list says it owes nothing). */
    public boolean isOwedToClientsGiven() {
        return owedToClients != null;
    }

    /** The own reserve held in the asset (the sum of its entries; 0 when none is listed). */
    public long ownReserveUsd(String asset) {
        return sum(ownReserves(), asset);
    }

    /** What is owed to clients in the asset (the sum of its entries; 0 when none is listed). */
    public long owedToClientsUsd(String asset) {
        return sum(owedToClients(), asset);
    }

    private static long sum(List<AssetAmount> amounts, String asset) {
        return amounts.stream().filter(a -> a.asset().equals(asset)).mapToLong(AssetAmount::valueUsd).sum();
    }
}
