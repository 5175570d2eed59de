package com.custodyadvisor.profile;

import java.util.List;

/**
 * How key material is handled. A null flag or level means "not confirmed".
 *
 * @param keyLocations distinct sites holding key material; null when not given
 * @param deterministicWallets wallets derived from a private seed, a new address per transaction (CCSS 1.02)
 * @param keyHolders the people holding keys or key shares, as given (empty when not given)
 * @param backups how key backups are kept (CCSS 1.03); never null
 * @param authenticationFactors factors a key holder presents to use a key (CCSS 1.04)
 * @param keyHolderChecks how key holders are vetted (CCSS 1.04)
 * @param compromiseProtocol what is done when a key may be compromised (CCSS 1.05)
 * @param grantRevoke how key-holder access is granted and revoked (CCSS 1.06)
 * @param keyGeneration how keys are generated (CCSS 1.01)
 */
public record KeyManagement(Boolean hardwareIsolated, Boolean dualControl, Boolean ceremoniesDocumented,
                            Boolean accessPoliciesDocumented, Integer keyLocations, Boolean deterministicWallets,
                            List<KeyHolder> keyHolders,
                            KeyBackups backups, Integer authenticationFactors, KeyHolderChecks keyHolderChecks,
                            CompromiseProtocol compromiseProtocol, GrantRevoke grantRevoke,
                            KeyGeneration keyGeneration) {

    public static final KeyManagement NONE =
            new KeyManagement(null, null, null, null, null, null, List.of(), KeyBackups.NONE, null, null, null, null,
                    null);

    public KeyManagement {
        keyHolders = keyHolders == null ? List.of() : List.copyOf(keyHolders);
        backups = backups == null ? KeyBackups.NONE : backups;
    }

    /** The key holders who belong to the wallet's signing quorum (named for it, or for all wallets). */
    public List<KeyHolder> keyHoldersOf(Wallet wallet) {
        return keyHolders.stream().filter(h -> h.holdsKeysOf(wallet)).toList();
    }
}
