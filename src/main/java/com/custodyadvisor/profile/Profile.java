package com.custodyadvisor.profile;

import java.util.List;

/**
 * A firm's custody set-up as submitted: the one input of an advisory. Sections left out are
 * replaced by empty ones, so rules can always match them and read "not confirmed".
 */
public record Profile(Firm firm, Holdings holdings, List<Wallet> wallets, KeyManagement keyManagement,
                      Controls controls, Activities activities, Insurance insurance, Operations operations,
                      List<Need> needs, List<Waiver> waivers) {

    public Profile {
        wallets = wallets == null ? List.of() : List.copyOf(wallets);
        keyManagement = keyManagement == null ? KeyManagement.NONE : keyManagement;
        controls = controls == null ? Controls.NONE : controls;
        activities = activities == null ? Activities.NONE : activities;
        insurance = insurance == null ? Insurance.NONE : insurance;
        operations = operations == null ? Operations.NONE : operations;
        needs = needs == null ? List.of() : List.copyOf(needs);
        waivers = waivers == null ? List.of() : List.copyOf(waivers);
    }

    /** The policies in the programme (a shortcut for rules and reports). */
    public List<Policy> policies() {
        return insurance.policies();
    }

    /** Value held in wallets of the tier as declared (the assessed tiers are in the TierExposure facts). */
    public long exposure(Tier tier) {
        return wallets.stream().filter(w -> w.tier() == tier).mapToLong(Wallet::valueUsd).sum();
    }

    /**
     * Hot plus warm value by declared tier (NEED-TOWER reads it). Limits are judged against the loss scenarios,
     * on assessed tiers ({@code LossScenario}).
     */
    public long worstCaseLossUsd() {
        return exposure(Tier.HOT) + exposure(Tier.WARM);
    }

    /** Value held in all wallets. */
    public long walletValueUsd() {
        return wallets.stream().mapToLong(Wallet::valueUsd).sum();
    }

    /** The larger of the value in wallets and the assets under custody: what a theft could reach. */
    public long assetValueUsd() {
        return Math.max(walletValueUsd(), holdings.aumUsd());
    }

    /** The wallets that are online: every tier but COLD, in profile order. */
    public List<Wallet> onlineWallets() {
        return wallets.stream().filter(w -> w.tier() != Tier.COLD).toList();
    }

    /** The tiers that hold some value, in COLD, WARM, HOT order. */
    public List<Tier> heldTiers() {
        return java.util.Arrays.stream(Tier.values()).filter(t -> exposure(t) > 0).toList();
    }

    /** The policies that pay for stolen assets (crime, specie, theft warranties). */
    public List<Policy> theftPolicies() {
        return policies().stream().filter(Policy::isTheftCover).toList();
    }

    /** The firm's own policies that pay for stolen assets (see {@link Policy#isOwnCover()}). */
    public List<Policy> ownTheftPolicies() {
        return policies().stream().filter(Policy::isOwnTheftCover).toList();
    }

    /** Of the perils given, those none of the firm's own theft policies names, in the order given. */
    public List<Peril> perilsNotCoveredByOwnTheftCover(java.util.Collection<Peril> perils) {
        return perils.stream().sorted().filter(p -> ownTheftPolicies().stream().noneMatch(x -> x.covers(p))).toList();
    }

    /** The firm's own theft policies whose perils were not given: what they name is not confirmed. */
    public List<Policy> ownTheftPoliciesWithoutPerils() {
        return ownTheftPolicies().stream().filter(p -> !p.perilsGiven()).toList();
    }

    /** Value held in wallets but not in any: what {@code aumUsd} holds beyond the wallets described (0 if none). */
    public long undescribedUsd() {
        return Math.max(0, holdings.aumUsd() - walletValueUsd());
    }

    /**
     * The value held for clients: {@code holdings.clientAssetsUsd} when given; otherwise all of
     * {@code holdings.aumUsd} when the firm confirms it holds client assets; otherwise 0.
     */
    public long clientAssetsUsd() {
        if (holdings.clientAssetsUsd() != null) {
            return holdings.clientAssetsUsd();
        }
        return holdsClientAssets() ? holdings.aumUsd() : 0;
    }

    /** The sites holding the wallet's key material: its own {@code keySites}, else {@code keyLocations}; or null. */
    public Integer keySitesOf(Wallet wallet) {
        return wallet.keySites() != null ? wallet.keySites() : keyManagement.keyLocations();
    }

    /** Value held in wallets of the declared tier that hold the asset (by ticker). */
    public long exposure(Tier tier, String asset) {
        return wallets.stream().filter(w -> w.tier() == tier && w.holds(asset)).mapToLong(Wallet::valueUsd).sum();
    }

    /** The assets the wallets name, each once, in the order given (wallets without an asset add none). */
    public List<String> assets() {
        return wallets.stream().map(Wallet::asset).filter(java.util.Objects::nonNull).distinct().toList();
    }

    /**
     * True when the firm holds none of the keys: {@code custodyModel} SUB_CUSTODIAN or NONE, or, with the model not
     * given, every wallet holding value is with a third party (a sub-custodian or vendor). Checks of key ceremonies and
     * key isolation then ask for the holder's evidence instead.
     */
    public boolean keysHeldByOthers() {
        CustodyModel model = activities.custodyModel();
        if (model != null) {
            return model == CustodyModel.SUB_CUSTODIAN || model == CustodyModel.NONE;
        }
        List<Wallet> held = wallets.stream().filter(w -> w.valueUsd() > 0).toList();
        return !held.isEmpty() && held.stream().allMatch(Wallet::isThirdParty);
    }

    /** The sub-custodians and vendors holding the keys of wallets with value, named once each, in profile order. */
    public List<String> keyHolderNames() {
        List<String> names = new java.util.ArrayList<>(activities.subCustodians());
        wallets.stream().filter(w -> w.valueUsd() > 0 && w.isThirdParty()).map(Wallet::provider)
                .filter(n -> names.stream().noneMatch(x -> x.equalsIgnoreCase(n))).forEach(names::add);
        return names;
    }

    /** Value in the wallets with value whose provider is the sub-custodian (by name): what it holds for the firm. */
    public long valueHeldBy(SubCustodian subCustodian) {
        return wallets.stream().filter(w -> w.valueUsd() > 0 && subCustodian.isNamed(w.provider()))
                .mapToLong(Wallet::valueUsd).sum();
    }

    /** True when the firm holds assets on behalf of customers (as confirmed). */
    public boolean holdsClientAssets() {
        return Boolean.TRUE.equals(firm.clientAssets());
    }
}
