package com.custodyadvisor.profile;

/**
 * A compensation arrangement standing beside insurance (the Hong Kong SFC accepts one in its place).
 *
 * @param approved the regulator approved it; null when not confirmed
 * @param amountUsd what it would pay; null when not given
 */
public record CompensationArrangement(Boolean approved, Long amountUsd) {

    /** No compensation arrangement given. */
    public static final CompensationArrangement NONE = new CompensationArrangement(null, null);
}
