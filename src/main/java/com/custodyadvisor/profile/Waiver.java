package com.custodyadvisor.profile;

import java.time.LocalDate;

/**
 * An accepted finding: the firm knows of it and has a reason. It stays in the advisory as WAIVED
 * and no longer counts toward the verdict until it expires.
 *
 * @param expires the last day the waiver holds; null for no end date
 */
public record Waiver(String id, String reason, LocalDate expires) {

    public boolean isExpiredOn(LocalDate today) {
        return expires != null && expires.isBefore(today);
    }
}
