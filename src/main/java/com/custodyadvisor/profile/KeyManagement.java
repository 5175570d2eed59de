package com.custodyadvisor.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

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

    /**
     * The jurisdiction in which enough of the wallet's key holders are based to meet its signing quorum on their own
     * (one legal order there reaches it); null when none is, or the holders, their jurisdictions or the quorum are not
     * given. Where several are, the first given.
     */
    public String quorumJurisdictionOf(Wallet wallet) {
        return quorumPlace(wallet, KeyHolder::jurisdiction);
    }

    /** The site at which enough of the wallet's key holders sign to meet its quorum on their own; null when none is. */
    public String quorumSiteOf(Wallet wallet) {
        return quorumPlace(wallet, KeyHolder::site);
    }

    /** How many of the wallet's key holders are based in the jurisdiction. */
    public long keyHoldersIn(Wallet wallet, String jurisdiction) {
        return keyHoldersOf(wallet).stream().filter(h -> samePlace(h.jurisdiction(), jurisdiction)).count();
    }

    /** How many of the wallet's key holders sign at the site. */
    public long keyHoldersAt(Wallet wallet, String site) {
        return keyHoldersOf(wallet).stream().filter(h -> samePlace(h.site(), site)).count();
    }

    // a single-signature wallet is reached by any one holder anywhere: key isolation judges it, not this
    private String quorumPlace(Wallet wallet, Function<KeyHolder, String> place) {
        Integer quorum = wallet.signersNeeded();
        if (quorum == null || quorum < 2) {
            return null;
        }
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        keyHoldersOf(wallet).stream().map(place).filter(Objects::nonNull).filter(p -> !p.isBlank()).forEach(p -> {
            names.putIfAbsent(key(p), p.strip());
            counts.merge(key(p), 1, Integer::sum);
        });
        return counts.entrySet().stream().filter(e -> e.getValue() >= quorum).map(e -> names.get(e.getKey()))
                .findFirst().orElse(null);
    }

    private static boolean samePlace(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }

    private static String key(String place) {
        return place.strip().toLowerCase(Locale.ROOT);
    }
}
