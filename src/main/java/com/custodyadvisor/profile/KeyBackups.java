package com.custodyadvisor.profile;

/**
 * How key backups are kept (CCSS 1.03). A null flag means "not confirmed".
 *
 * @param held a backup exists, access-controlled and protected from fire and flood
 * @param coverQuorum backups exist for at least M keys of every M-of-N set
 * @param offsite stored away from the primary keys
 * @param encrypted encrypted as strongly as the primaries
 * @param tamperEvident sealed so that any access shows
 */
public record KeyBackups(Boolean held, Boolean coverQuorum, Boolean offsite, Boolean encrypted, Boolean tamperEvident) {

    /** Backups left out of the profile: nothing confirmed. */
    public static final KeyBackups NONE = new KeyBackups(null, null, null, null, null);
}
