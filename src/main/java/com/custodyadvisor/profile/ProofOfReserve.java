package com.custodyadvisor.profile;

import java.time.LocalDate;

/**
 * How the firm proves it holds its clients' assets (CCSS 2.03).
 *
 * @param kind null when not given
 * @param lastDate the date of the last proof; null when not given
 */
public record ProofOfReserve(ProofOfReserveKind kind, LocalDate lastDate) {

    /** Proof of reserve left out of the profile: nothing confirmed. */
    public static final ProofOfReserve NONE = new ProofOfReserve(null, null);

    /** True when its last date is more than the months before the day (no date given: not stale). */
    public boolean isStaleOn(LocalDate day, int months) {
        return lastDate != null && lastDate.plusMonths(months).isBefore(day);
    }
}
