package com.custodyadvisor.exposure;

import com.custodyadvisor.profile.KeyStorage;
import com.custodyadvisor.profile.Tier;
import com.custodyadvisor.profile.Wallet;

/**
 * How an underwriter's wallet taxonomy classes a wallet (references: the Evertas wallet taxonomy): offline is
 * COLD; online with keys in an HSM of FIPS 140 level 3 or more is WARM; online with keys in a lesser HSM, a
 * secure enclave or a hardware wallet is HOT when one key signs alone and WARM for multisig or MPC; online
 * with keys on a general-purpose computer is HOT even with multisig; an on-chain (smart-contract) wallet is HOT.
 * The assessed tier is the riskier of the declared tier and this class: a firm may hold a wallet to a stricter
 * tier than the taxonomy asks, never to a laxer one. What the profile leaves out is not assumed: a wallet whose
 * online state is not given keeps its declared tier; an online multisig wallet whose key storage is not given is
 * WARM at best.
 */
public final class WalletTaxonomy {

    /** The parameter giving the FIPS 140 level an online HSM needs for the wallet to be WARM rather than HOT. */
    public static final String WARM_HSM_FIPS_LEVEL = "warm-hsm-fips-level";

    private final int warmHsmFipsLevel;

    public WalletTaxonomy(int warmHsmFipsLevel) {
        this.warmHsmFipsLevel = warmHsmFipsLevel;
    }

    /** The taxonomy's class for the wallet and why; the class is null when the profile does not say enough. */
    public record Classification(Tier tier, String why) {
    }

    /** The wallet's tier as declared, as the taxonomy classes it (null when it cannot say) and as assessed. */
    public record Assessment(Tier declared, Tier classified, Tier assessed, String why) {

        public boolean isMisdeclared() {
            return assessed.ordinal() > declared.ordinal();
        }

        /** Why the wallet is in its assessed tier: "offline: COLD", "... the declared HOT is stricter and kept". */
        public String reason() {
            if (classified == null) {
                return why + ": the declared " + declared + " is kept";
            }
            return classified == assessed ? why + ": " + assessed
                    : why + " (" + classified + " by the taxonomy); the declared " + declared + " is stricter and kept";
        }
    }

    /** The wallet's assessed tier: the riskier of its declared tier and the taxonomy's class. */
    public Assessment assess(Wallet wallet) {
        Classification c = classify(wallet);
        Tier assessed = c.tier() == null || c.tier().ordinal() < wallet.tier().ordinal() ? wallet.tier() : c.tier();
        return new Assessment(wallet.tier(), c.tier(), assessed, c.why());
    }

    public Classification classify(Wallet w) {
        if (w.online() == null) {
            return new Classification(null, "whether it is online is not given");
        }
        if (!w.online()) {
            return new Classification(Tier.COLD, "offline");
        }
        if (w.isSmartContract()) {
            return new Classification(Tier.HOT, "an on-chain smart-contract wallet");
        }
        KeyStorage storage = w.keyStorageOrImplied();
        if (storage == KeyStorage.GENERAL_PURPOSE_COMPUTER) {
            return new Classification(Tier.HOT, "online with keys on a general-purpose computer");
        }
        Integer fips = w.hsmFipsLevel();
        if (storage == KeyStorage.HSM && fips != null && fips >= warmHsmFipsLevel) {
            return new Classification(Tier.WARM, "online with keys in a FIPS 140 level " + fips + " HSM");
        }
        String where = switch (storage == null ? KeyStorage.PAPER_OR_METAL : storage) {
            case HSM -> fips == null || fips == 0 ? "an HSM of no stated FIPS level" : "a FIPS 140 level " + fips + " HSM";
            case SECURE_ENCLAVE -> "a secure enclave";
            case HARDWARE_WALLET -> "a hardware wallet";
            default -> null;
        };
        if (w.isSingleSignature()) {
            return new Classification(Tier.HOT, "online, one key signing alone" + (where == null ? "" : ", in " + where));
        }
        if (where == null) {
            return new Classification(Tier.WARM, "online " + scheme(w) + ", where its keys are kept not given (WARM at best)");
        }
        return new Classification(Tier.WARM, "online " + scheme(w) + " with keys in " + where);
    }

    private static String scheme(Wallet w) {
        if (w.keyScheme() == null) {
            return "with its signing scheme not given";
        }
        String quorum = w.threshold() != null && w.keyShares() != null ? " " + w.threshold() + "-of-" + w.keyShares() : "";
        return w.keyScheme() + quorum;
    }
}
