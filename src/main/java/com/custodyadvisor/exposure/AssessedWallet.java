package com.custodyadvisor.exposure;

import com.custodyadvisor.profile.Tier;
import com.custodyadvisor.profile.Wallet;

/**
 * A wallet with the tier an underwriter would assign it (see {@link WalletTaxonomy}): one fact per wallet.
 *
 * @param index the wallet's place in the profile (0 first)
 * @param tier the assessed tier: every exposure check reads this one
 * @param declaredTier the tier the profile declares
 * @param classifiedTier the tier the wallet taxonomy alone gives it; null when the profile does not say enough
 *                       (whether it is online)
 * @param why what the taxonomy reads from the profile, in words: "online, one key signing alone, in a secure
 *            enclave"
 * @param keySites sites holding its key material: its own {@code keySites}, else {@code keyManagement.keyLocations};
 *                 null when neither is given
 * @param signersNeeded the people needed to sign: 1 for a single signature, else the threshold, and at least 2 where
 *                      {@code keyManagement.dualControl} is true; null when the quorum is not given
 * @param insiderSigners the key holders in its signing quorum when {@code keyManagement.keyHolders} is given; null
 *                       otherwise
 */
public record AssessedWallet(Wallet wallet, int index, Tier tier, Tier declaredTier, Tier classifiedTier, String why,
                             Integer keySites, Integer signersNeeded, Integer insiderSigners) {

    /** Why it is in its assessed tier: "offline: COLD"; "..., the declared HOT is stricter and kept". */
    public String reason() {
        return new WalletTaxonomy.Assessment(declaredTier, classifiedTier, tier, why).reason();
    }

    public long valueUsd() {
        return wallet.valueUsd();
    }

    /**
     * True when one key signs alone, or its key material is at fewer sites than {@code minSites} (as given): one
     * event (a theft, a fire) can take it.
     */
    public boolean isSinglePoint(int minSites) {
        return isSingleSignature() || (keySites != null && keySites < minSites);
    }

    /** True when the taxonomy puts it in a riskier tier than the one declared. */
    public boolean isMisdeclared() {
        return tier.ordinal() > declaredTier.ordinal();
    }

    /** True when one key signs alone (single-key or HSM scheme, or a threshold of 1). */
    public boolean isSingleSignature() {
        return wallet.isSingleSignature();
    }

    /**
     * True when at most {@code people} insiders can sign for it on their own: its quorum is known, needs no more
     * than that many, and (when key holders are given) enough of them are in it.
     */
    public boolean insidersCanSignWith(int people) {
        Integer needed = signersNeeded;
        return needed != null && needed <= people && (insiderSigners == null || insiderSigners >= needed);
    }

    /** True when it holds more than the other, or as much and comes first in the profile: the larger of two. */
    public boolean outranks(AssessedWallet other) {
        return valueUsd() > other.valueUsd() || (valueUsd() == other.valueUsd() && index < other.index);
    }

    /** The wallet's label for details: its name in quotes. */
    public String label() {
        return wallet.label();
    }
}
