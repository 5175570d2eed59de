package com.custodyadvisor.profile;

/**
 * How key backups are kept (CCSS 1.03). A null flag means "not confirmed".
 *
 * @param held a backup exists, access-controlled and protected from fire and flood
 * @param coverQuorum backups exist for at least M keys of every M-of-N set
 * @param offsite stored away from the primary keys
 * @param encrypted encrypted as strongly as the primaries
 * @param tamperEvident sealed so that any access shows
 * @param vendorHeld a wallet vendor or recovery service holds a backup key or key share (the set-up
 *                   warranty-backed theft cover needs)
 */
public record KeyBackups(Boolean held, Boolean coverQuorum, Boolean offsite, Boolean encrypted, Boolean tamperEvident,
                         Boolean vendorHeld) {

    /** Backups left out of the profile: nothing confirmed. */
    public static final KeyBackups NONE = new KeyBackups(null, null, null, null, null, null);

    /** Backups kept by the firm alone, described by the CCSS 1.03 flags only. */
    public KeyBackups(Boolean coverQuorum, Boolean offsite, Boolean encrypted, Boolean tamperEvident) {
        this(null, coverQuorum, offsite, encrypted, tamperEvident, null);
    }
}
