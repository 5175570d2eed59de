package com.custodyadvisor.profile;

import java.time.LocalDate;

/**
 * A loss in the firm's history, claimed or not.
 *
 * @param date when the loss was discovered
 * @param amountUsd the amount lost or its best estimate; null when not given
 * @param notifiedUnder the carrier of the policy it was notified under, as the policy names it
 */
public record LossEvent(LocalDate date, Long amountUsd, LossCause cause, LossStatus status, String notifiedUnder) {

    /** True when the loss is known and not yet notified to a carrier (status OPEN). */
    public boolean isOpen() {
        return status == LossStatus.OPEN;
    }

    /** True when the loss was discovered on or after the day. */
    public boolean discoveredSince(LocalDate day) {
        return date != null && !date.isBefore(day);
    }

    /** True when it was notified under the policy: its carrier is the one named, ignoring case and spacing. */
    public boolean notifiedUnder(Policy policy) {
        return notifiedUnder != null && policy.carrier() != null
                && notifiedUnder.strip().equalsIgnoreCase(policy.carrier().strip());
    }
}
