package com.custodyadvisor.profile;

/**
 * One wallet or wallet pool.
 *
 * @param threshold signatures or shares needed to spend; null when not given
 * @param keyShares signatures or shares that exist; null when not given
 * @param hsmFipsLevel FIPS 140 level of the HSM holding the key, 0 for none; null when not given
 * @param provider the wallet provider or sub-custodian holding it; null or "in-house" when the firm does
 */
public record Wallet(String name, Tier tier, long valueUsd, KeyScheme keyScheme, Integer threshold, Integer keyShares,
                     Integer hsmFipsLevel, Boolean online, String provider) {

    /** True when a third party (wallet vendor, sub-custodian) holds or runs this wallet. */
    public boolean isThirdParty() {
        if (provider == null || provider.isBlank()) {
            return false;
        }
        String p = provider.trim().toLowerCase(java.util.Locale.ROOT).replace('-', ' ');
        return !(p.equals("in house") || p.equals("self") || p.equals("self custody") || p.equals("own"));
    }

    /** True when any one key can spend it: a single-key scheme, or a 1-of-N set-up. */
    public boolean isSingleSigner() {
        return keyScheme == KeyScheme.SINGLE_KEY || (threshold != null && threshold == 1);
    }

    /** The field that makes it single-signer: its key scheme, or else its threshold. */
    public String singleSignerField() {
        return keyScheme == KeyScheme.SINGLE_KEY ? "keyScheme" : "threshold";
    }

    /** A readable label for details: the wallet's name, or its tier when it has none. */
    public String label() {
        return name == null || name.isBlank() ? tier + " wallet" : "\"" + name + "\"";
    }
}
