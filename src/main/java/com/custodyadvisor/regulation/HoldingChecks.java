package com.custodyadvisor.regulation;

import com.custodyadvisor.exposure.AssessedWallet;
import com.custodyadvisor.exposure.Layer;
import com.custodyadvisor.profile.AssetAmount;
import com.custodyadvisor.profile.CompensationArrangement;
import com.custodyadvisor.profile.Money;
import com.custodyadvisor.profile.Peril;
import com.custodyadvisor.profile.Tier;
import com.custodyadvisor.support.Wording;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures about what the firm holds: cold-storage floors, insurance floors, own reserves and assets matching
 * what clients are owed. Tiers are the assessed ones (a wallet an underwriter classes online counts online). A
 * per-asset figure needs every wallet's asset: when some wallet names none, only a shortfall in aggregate is
 * certain (some asset is then short too), and otherwise the check is not assessable.
 */
final class HoldingChecks {

    private static final Set<Peril> ANY_PERIL = Set.of(Peril.values());

    private HoldingChecks() {
    }

    static List<RegimeCheck> coldFloor(Measure m) {
        List<AssessedWallet> valued = m.valuedWallets();
        if (valued.isEmpty()) {
            return List.of(new ShareCheck(m.regime(), m.figure(), null, CheckStatus.NOT_ASSESSABLE,
                    "no wallet holds value", new Missing("/wallets", "the wallets and what each holds"),
                    List.of("/wallets"), 0, 0, 0, 0, List.of()));
        }
        if (!m.figure().isPerAsset()) {
            return List.of(share(m, null, valued));
        }
        List<AssessedWallet> unnamed = valued.stream().filter(w -> w.wallet().asset() == null).toList();
        if (unnamed.isEmpty()) {
            return byAsset(valued).entrySet().stream().map(e -> (RegimeCheck) share(m, e.getKey(), e.getValue()))
                    .toList();
        }
        ShareCheck all = share(m, null, valued);
        if (all.isNotMet()) {
            return List.of(all);
        }
        return List.of(new ShareCheck(m.regime(), m.figure(), null, CheckStatus.NOT_ASSESSABLE,
                "in aggregate " + all.coldShare() + " cold; per asset not known: " + Wording.list(labels(unnamed))
                        + " name no asset",
                assetsMissing(unnamed), assetPointers(unnamed), all.totalUsd(), all.coldUsd(), 0,
                all.allowedOnlineUsd(), labels(unnamed)));
    }

    private static ShareCheck share(Measure m, String asset, List<AssessedWallet> wallets) {
        long total = wallets.stream().mapToLong(AssessedWallet::valueUsd).sum();
        long cold = wallets.stream().filter(w -> w.tier() == Tier.COLD).mapToLong(AssessedWallet::valueUsd).sum();
        long required = Measure.shareOf(total, m.figure().value());
        long move = Math.max(0, required - cold);
        String measured = (asset == null ? "" : asset + ": ") + Money.usd(cold) + " of " + Money.usd(total) + " cold ("
                + Money.percent(cold, total) + ", floor " + RegimeFigure.percent(m.figure().value()) + ")"
                + (move > 0 ? ": move " + Money.usd(move) + " to cold storage" : "");
        List<String> pointers = new ArrayList<>();
        wallets.forEach(w -> {
            pointers.add(Measure.wallet(w) + "/valueUsd");
            pointers.add(Measure.wallet(w) + "/tier");
        });
        return new ShareCheck(m.regime(), m.figure(), asset, move > 0 ? CheckStatus.NOT_MET : CheckStatus.MET,
                measured, null, pointers, total, cold, move, total - required,
                wallets.stream().map(AssessedWallet::label).toList());
    }

    static List<RegimeCheck> insuranceCover(Measure m) {
        Map<Tier, Long> required = new EnumMap<>(Tier.class);
        List<String> parts = new ArrayList<>();
        for (Tier tier : List.of(Tier.HOT, Tier.WARM, Tier.COLD)) {
            if (m.figure().shares().containsKey(tier) && m.exposure().tier(tier).valueUsd() > 0) {
                long held = m.exposure().tier(tier).valueUsd();
                required.put(tier, Measure.shareOf(held, m.figure().shares().get(tier)));
                parts.add(RegimeFigure.percent(m.figure().shares().get(tier)) + " of " + tier + " " + Money.usd(held));
            }
        }
        long requiredUsd = required.values().stream().mapToLong(Long::longValue).sum();
        List<String> pointers = new ArrayList<>();
        m.exposure().programme().layers().stream().map(Layer::index)
                .forEach(i -> pointers.add("/insurance/policies/" + i + "/limitUsd"));
        if (requiredUsd == 0) {
            return List.of(new AmountCheck(m.regime(), m.figure(), null, CheckStatus.MET,
                    "nothing held in the tiers it covers", null, pointers, 0, 0, ""));
        }
        long covered = m.exposure().programme().respond(required, ANY_PERIL).coveredUsd();
        List<String> counted = new ArrayList<>(List.of("own layers respond for " + Money.usd(covered)));
        long held = covered;
        Missing missing = null;
        for (CoverAlternative alternative : m.figure().alternatives()) {
            Long amount = alternative == CoverAlternative.COMPENSATION_ARRANGEMENT ? compensation(m, counted, pointers)
                    : reserve(m, counted, pointers);
            if (amount == null) {
                missing = alternative == CoverAlternative.COMPENSATION_ARRANGEMENT
                        ? new Missing("/insurance/compensationArrangement", "whether a regulator-approved compensation "
                        + "arrangement stands beside insurance, and for how much")
                        : new Missing("/holdings/ownReserves", "the own reserve held, per asset");
            } else {
                held += amount;
            }
        }
        CheckStatus status = held >= requiredUsd ? CheckStatus.MET
                : missing != null ? CheckStatus.NOT_ASSESSABLE : CheckStatus.NOT_MET;
        String measured = "required " + Money.usd(requiredUsd) + " (" + Wording.list(parts) + "); "
                + String.join("; ", counted) + (held < requiredUsd ? ": " + Money.usd(requiredUsd - held) + " short" : "");
        return List.of(new AmountCheck(m.regime(), m.figure(), null, status, measured,
                status == CheckStatus.NOT_ASSESSABLE ? missing : null, pointers, requiredUsd, held,
                String.join("; ", counted)));
    }

    /** What an approved compensation arrangement adds: its amount, 0 when there is none; null when not known. */
    private static Long compensation(Measure m, List<String> counted, List<String> pointers) {
        CompensationArrangement c = m.profile().insurance().compensationArrangement();
        pointers.add("/insurance/compensationArrangement");
        if (Boolean.FALSE.equals(c.approved())) {
            counted.add("no approved compensation arrangement");
            return 0L;
        }
        if (Boolean.TRUE.equals(c.approved()) && c.amountUsd() != null) {
            counted.add("an approved compensation arrangement adds " + Money.usd(c.amountUsd()));
            return c.amountUsd();
        }
        counted.add(c.approved() == null ? "a compensation arrangement not confirmed"
                : "an approved compensation arrangement of an amount not given");
        return null;
    }

    /** What the own reserve adds: its total; null when no reserve is listed. */
    private static Long reserve(Measure m, List<String> counted, List<String> pointers) {
        pointers.add("/holdings/ownReserves");
        if (!m.profile().holdings().isOwnReservesGiven()) {
            counted.add("an own reserve not given");
            return null;
        }
        long total = m.profile().holdings().ownReserves().stream().mapToLong(AssetAmount::valueUsd).sum();
        counted.add("own reserves add " + Money.usd(total));
        return total;
    }

    static List<RegimeCheck> ownReserve(Measure m) {
        List<AssessedWallet> online = m.valuedWallets().stream().filter(w -> w.tier() != Tier.COLD).toList();
        if (online.isEmpty()) {
            return List.of(new AmountCheck(m.regime(), m.figure(), null, CheckStatus.MET, "nothing is held online",
                    null, List.of(), 0, 0, ""));
        }
        if (!m.profile().holdings().isOwnReservesGiven()) {
            return List.of(new AmountCheck(m.regime(), m.figure(), null, CheckStatus.NOT_ASSESSABLE, Money.usd(
                    total(online)) + " held online; own reserves not given", new Missing("/holdings/ownReserves",
                    "the own reserve held, per asset"), List.of("/holdings/ownReserves"), total(online), 0, "own reserves not given"));
        }
        Map<String, Long> reserves = sums(m.profile().holdings().ownReserves());
        return perAsset(m, online, reserves, "/holdings/ownReserves", "held online", "own reserve");
    }

    static List<RegimeCheck> assetsMatchOwed(Measure m) {
        if (!m.profile().holdings().isOwedToClientsGiven()) {
            return List.of(new AmountCheck(m.regime(), m.figure(), null, CheckStatus.NOT_ASSESSABLE,
                    "what is owed to clients not given",
                    new Missing("/holdings/owedToClients", "what is owed to clients, per asset"),
                    List.of("/holdings/owedToClients"), 0, 0, ""));
        }
        Map<String, Long> owed = sums(m.profile().holdings().owedToClients());
        List<AssessedWallet> valued = m.valuedWallets();
        List<AssessedWallet> unnamed = valued.stream().filter(w -> w.wallet().asset() == null).toList();
        if (!unnamed.isEmpty()) {
            long required = Measure.shareOf(owed.values().stream().mapToLong(Long::longValue).sum(), m.figure().value());
            return List.of(aggregate(m, required, total(valued), unnamed, "owed to clients", "held in wallets",
                    "/holdings/owedToClients"));
        }
        Map<String, List<AssessedWallet>> byAsset = byAsset(valued);
        List<RegimeCheck> checks = new ArrayList<>();
        owed.forEach((asset, owedUsd) -> {
            List<AssessedWallet> wallets = byAsset.getOrDefault(asset, List.of());
            long required = Measure.shareOf(owedUsd, m.figure().value());
            long held = total(wallets);
            List<String> pointers = new ArrayList<>(List.of("/holdings/owedToClients"));
            wallets.forEach(w -> pointers.add(Measure.wallet(w) + "/valueUsd"));
            checks.add(new AmountCheck(m.regime(), m.figure(), asset, held >= required ? CheckStatus.MET
                    : CheckStatus.NOT_MET, asset + ": " + Money.usd(held) + " held against " + Money.usd(owedUsd)
                    + " owed to clients" + (held < required ? ": " + Money.usd(required - held) + " short" : ""), null,
                    pointers, required, held, Money.usd(held) + " held in " + asset + " wallets"));
        });
        return checks;
    }

    /**
     * A per-asset amount: for each asset the wallets hold, what it requires (its wallets' value times the figure)
     * against what the profile holds for it; when some wallet names no asset, the totals only.
     */
    private static List<RegimeCheck> perAsset(Measure m, List<AssessedWallet> wallets, Map<String, Long> held,
            String heldPointer, String walletsAre, String heldIs) {
        List<AssessedWallet> unnamed = wallets.stream().filter(w -> w.wallet().asset() == null).toList();
        if (!unnamed.isEmpty()) {
            long required = Measure.shareOf(total(wallets), m.figure().value());
            return List.of(aggregate(m, required, held.values().stream().mapToLong(Long::longValue).sum(), unnamed,
                    walletsAre, heldIs, heldPointer));
        }
        List<RegimeCheck> checks = new ArrayList<>();
        byAsset(wallets).forEach((asset, ofAsset) -> {
            long required = Measure.shareOf(total(ofAsset), m.figure().value());
            long has = held.getOrDefault(asset, 0L);
            List<String> pointers = new ArrayList<>(List.of(heldPointer));
            ofAsset.forEach(w -> pointers.add(Measure.wallet(w) + "/valueUsd"));
            checks.add(new AmountCheck(m.regime(), m.figure(), asset, has >= required ? CheckStatus.MET
                    : CheckStatus.NOT_MET, asset + ": " + Money.usd(total(ofAsset)) + " " + walletsAre + ", "
                    + heldIs + " " + Money.usd(has) + (has < required ? ": " + Money.usd(required - has) + " short" : ""),
                    null, pointers, required, has, heldIs + " " + Money.usd(has)));
        });
        return checks;
    }

    /** Totals in place of per-asset figures: a shortfall is certain, enough in total says nothing per asset. */
    private static AmountCheck aggregate(Measure m, long required, long held, List<AssessedWallet> unnamed,
            String requiredIs, String heldIs, String heldPointer) {
        List<String> pointers = new ArrayList<>(List.of(heldPointer));
        pointers.addAll(assetPointers(unnamed));
        String measured = "in total " + Money.usd(required) + " required (" + requiredIs + "), " + heldIs + " "
                + Money.usd(held);
        if (held < required) {
            return new AmountCheck(m.regime(), m.figure(), null, CheckStatus.NOT_MET, measured + ": "
                    + Money.usd(required - held) + " short whatever the assets", null, pointers, required, held,
                    heldIs + " " + Money.usd(held) + " in total");
        }
        return new AmountCheck(m.regime(), m.figure(), null, CheckStatus.NOT_ASSESSABLE, measured + "; per asset not "
                + "known: " + Wording.list(labels(unnamed)) + " name no asset", assetsMissing(unnamed), pointers,
                required, held, heldIs + " " + Money.usd(held) + " in total");
    }

    private static Map<String, List<AssessedWallet>> byAsset(List<AssessedWallet> wallets) {
        Map<String, List<AssessedWallet>> byAsset = new LinkedHashMap<>();
        wallets.forEach(w -> byAsset.computeIfAbsent(w.wallet().asset(), a -> new ArrayList<>()).add(w));
        return byAsset;
    }

    private static Map<String, Long> sums(List<AssetAmount> amounts) {
        Map<String, Long> sums = new LinkedHashMap<>();
        amounts.forEach(a -> sums.merge(a.asset(), a.valueUsd(), Long::sum));
        return sums;
    }

    private static long total(List<AssessedWallet> wallets) {
        return wallets.stream().mapToLong(AssessedWallet::valueUsd).sum();
    }

    private static List<String> labels(List<AssessedWallet> wallets) {
        return wallets.stream().map(AssessedWallet::label).toList();
    }

    private static List<String> assetPointers(List<AssessedWallet> wallets) {
        return wallets.stream().map(w -> Measure.wallet(w) + "/asset").toList();
    }

    private static Missing assetsMissing(List<AssessedWallet> unnamed) {
        return new Missing(Measure.wallet(unnamed.get(0)) + "/asset", "the asset each wallet holds ("
                + Wording.list(labels(unnamed)) + " name none)");
    }
}
