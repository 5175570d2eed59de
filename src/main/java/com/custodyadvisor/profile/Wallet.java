package com.custodyadvisor.profile;

/**
 * One wallet or wallet pool.
 *
 * @param threshold signatures or shares needed to spend; null when not given
 * @param keyShares signatures or shares that exist; null when not given
 * @param hsmFipsLevel FIPS 140 level of the HSM holding the key, 0 for none; null when not given
 * @param provider the wallet provider or sub-custodian holding it; null or "in-house" when the firm does
 * @param asset the asset held, as a ticker ("BTC"); null for mixed or not given
 * @param keyStorage where the key material of an online signer lives; null when not given
 * @param keySites distinct sites holding this wallet's key material, backups included; null when not given
 *                 (see {@link Profile#keySitesOf(Wallet)})
 */
public record Wallet(String name, Tier tier, long valueUsd, KeyScheme keyScheme, Integer threshold, Integer keyShares,
                     Integer hsmFipsLevel, Boolean online, String provider, String asset, KeyStorage keyStorage,
                     Integer keySites) {

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

    /**
     * True when one key signs alone, as an underwriter's wallet taxonomy reads it: a single-key or HSM scheme,
     * or a threshold of 1.
     */
    public boolean isSingleSignature() {
        return keyScheme == KeyScheme.SINGLE_KEY || keyScheme == KeyScheme.HSM || (threshold != null && threshold == 1);
    }

    /** The people (or devices) needed to sign: 1 for a single signature, else the threshold; null when not given. */
    public Integer signersNeeded() {
        return isSingleSignature() ? Integer.valueOf(1) : threshold;
    }

    /** The field that makes it single-signer: its key scheme, or else its threshold. */
    public String singleSignerField() {
        return keyScheme == KeyScheme.SINGLE_KEY ? "keyScheme" : "threshold";
    }

    /** A readable label for details: the wallet's name, or its tier when it has none. */
    public String label() {
        return name == null || name.isBlank() ? tier + " wallet" : "\"" + name + "\"";
    }

    /**
     * Where the key material lives: {@code keyStorage} as given or, when left out, HSM for a wallet with an
     * HSM FIPS level of 1 or more (a FIPS level implies an HSM); null when neither says.
     */
    public KeyStorage keyStorageOrImplied() {
        if (keyStorage != null) {
            return keyStorage;
        }
        return hsmFipsLevel != null && hsmFipsLevel >= 1 ? KeyStorage.HSM : null;
    }

    /** True for a smart-contract account wallet (e.g. a multisig contract). */
    public boolean isSmartContract() {
        return keyScheme == KeyScheme.SMART_CONTRACT;
    }

    /** True when the wallet holds the asset (by ticker); false for a wallet whose asset is not given. */
    public boolean holds(String ticker) {
        return asset != null && asset.equals(ticker);
    }
}
