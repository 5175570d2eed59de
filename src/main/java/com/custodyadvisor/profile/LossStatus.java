package com.custodyadvisor.profile;

/**
 * Where a loss stands: {@code OPEN} known and not yet notified to a carrier, {@code NOTIFIED} notified and
 * under way, {@code PAID} or {@code DENIED} the claim's outcome, {@code CLOSED} settled or withdrawn.
 */
public enum LossStatus {
    OPEN, NOTIFIED, PAID, DENIED, CLOSED
}
