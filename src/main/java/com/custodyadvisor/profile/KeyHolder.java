package com.custodyadvisor.profile;

import java.time.LocalDate;
import java.util.List;

/**
 * A person who holds a key or key share.
 *
 * @param jurisdiction the country they are based in, ISO 3166-1 alpha-2; null when not given
 * @param site where they sign or keep their share; null when not given
 * @param vetted identity and references checked; null when not confirmed
 * @param wallets names of the wallets whose quorum they belong to; empty for all wallets
 */
public record KeyHolder(String role, String jurisdiction, String site, Boolean vetted, LocalDate backgroundCheckDate,
                        List<String> wallets) {

    public KeyHolder {
        wallets = wallets == null ? List.of() : List.copyOf(wallets);
    }

    /** A readable label for details: their role, or "a key holder" when none is given. */
    public String label() {
        return role == null || role.isBlank() ? "a key holder" : "\"" + role + "\"";
    }

    /** True when their background check was done more than the months before the day (no date given: not stale). */
    public boolean isCheckStaleOn(LocalDate day, int months) {
        return backgroundCheckDate != null && backgroundCheckDate.plusMonths(months).isBefore(day);
    }

    /** True when they belong to the wallet's signing quorum: the wallet is named, or no wallet is (all of them). */
    public boolean holdsKeysOf(Wallet wallet) {
        return wallets.isEmpty() || wallet.name() != null && wallets.contains(wallet.name());
    }
}
