package com.custodyadvisor.exposure;

import com.custodyadvisor.parameters.Parameters;
import com.custodyadvisor.parameters.Unit;
import com.custodyadvisor.profile.KeyHolder;
import com.custodyadvisor.profile.Profile;
import com.custodyadvisor.profile.Tier;
import com.custodyadvisor.profile.Wallet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The money side of a profile as an underwriter reads it, worked out once per advisory: each wallet's assessed
 * tier, what each tier holds on those tiers, the firm's own programme of layers and its gaps, and what each
 * vendor holds. Rules see it as facts ({@link #facts()}); loss scenarios the rules declare are answered by
 * {@link #programme()}.
 */
public final class Exposure {

    /**
     * The parameters the exposure model itself reads (rules name theirs in their patterns): {@code rules validate}
     * reports a parameters file without them.
     */
    public static final Map<String, Unit> PARAMETERS = Map.of(WalletTaxonomy.WARM_HSM_FIPS_LEVEL, Unit.LEVEL);

    /** What reports and the rule catalogue call it, as a user of parameters. */
    public static final String USER = "assessed tiers (the wallet taxonomy)";

    /** Tiers in the order reports show them. */
    public static final List<Tier> HOT_FIRST = List.of(Tier.HOT, Tier.WARM, Tier.COLD);

    private final Profile profile;
    private final List<AssessedWallet> wallets;
    private final Programme programme;
    private final Map<Tier, TierExposure> tiers = new EnumMap<>(Tier.class);
    private final List<VendorHolding> vendors;

    private Exposure(Profile profile, WalletTaxonomy taxonomy) {
        this.profile = profile;
        this.programme = Programme.of(profile.policies());
        List<AssessedWallet> assessed = new ArrayList<>();
        for (int i = 0; i < profile.wallets().size(); i++) {
            Wallet w = profile.wallets().get(i);
            WalletTaxonomy.Assessment a = taxonomy.assess(w);
            List<KeyHolder> holders = profile.keyManagement().keyHolders();
            Integer insiders = holders.isEmpty() ? null : profile.keyManagement().keyHoldersOf(w).size();
            Integer signers = w.signersNeeded() == null ? null
                    : Boolean.TRUE.equals(profile.keyManagement().dualControl()) ? Math.max(2, w.signersNeeded())
                    : w.signersNeeded();
            assessed.add(new AssessedWallet(w, i, a.assessed(), a.declared(), a.classified(), a.why(),
                    profile.keySitesOf(w), signers, insiders));
        }
        this.wallets = List.copyOf(assessed);
        for (Tier tier : Tier.values()) {
            List<Wallet> in = wallets.stream().filter(a -> a.tier() == tier).map(AssessedWallet::wallet).toList();
            tiers.put(tier, new TierExposure(tier, in.stream().mapToLong(Wallet::valueUsd).sum(), in,
                    profile.exposure(tier), programme.respondsTo(tier)));
        }
        this.vendors = vendorHoldings();
    }

    /** The exposure of a profile, with the taxonomy's figures from the parameters. */
    public static Exposure of(Profile profile, Parameters parameters) {
        return new Exposure(profile, new WalletTaxonomy(parameters.level(WalletTaxonomy.WARM_HSM_FIPS_LEVEL)));
    }

    /** What rules match on: every assessed wallet, every tier, every tower gap and every vendor holding. */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>(wallets);
        facts.addAll(tiers.values());
        facts.addAll(programme.gaps());
        facts.addAll(vendors);
        return facts;
    }

    public Profile profile() {
        return profile;
    }

    public List<AssessedWallet> wallets() {
        return wallets;
    }

    public Programme programme() {
        return programme;
    }

    public TierExposure tier(Tier tier) {
        return tiers.get(tier);
    }

    /** Value per assessed tier, HOT first. */
    public Map<Tier, Long> assessedUsd() {
        Map<Tier, Long> byTier = new LinkedHashMap<>();
        HOT_FIRST.forEach(t -> byTier.put(t, tiers.get(t).valueUsd()));
        return byTier;
    }

    /** Value per declared tier, HOT first. */
    public Map<Tier, Long> declaredUsd() {
        Map<Tier, Long> byTier = new LinkedHashMap<>();
        HOT_FIRST.forEach(t -> byTier.put(t, tiers.get(t).declaredValueUsd()));
        return byTier;
    }

    /** Third-party wallets by provider (names compared ignoring case and spaces), in the order first met. */
    private List<VendorHolding> vendorHoldings() {
        Map<String, List<AssessedWallet>> byProvider = new LinkedHashMap<>();
        for (AssessedWallet a : wallets) {
            if (a.wallet().isThirdParty()) {
                byProvider.computeIfAbsent(a.wallet().provider().strip().toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>()).add(a);
            }
        }
        List<VendorHolding> holdings = new ArrayList<>();
        for (List<AssessedWallet> group : byProvider.values()) {
            Map<Tier, Long> byTier = new EnumMap<>(Tier.class);
            group.forEach(a -> byTier.merge(a.tier(), a.valueUsd(), Long::sum));
            holdings.add(new VendorHolding(group.get(0).wallet().provider().strip(), group.get(0).index(),
                    group.stream().mapToLong(AssessedWallet::valueUsd).sum(),
                    group.stream().map(AssessedWallet::wallet).toList(), byTier));
        }
        return holdings;
    }
}
