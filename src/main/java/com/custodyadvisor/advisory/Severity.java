package com.custodyadvisor.advisory;

/** How much a finding matters, most severe first. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    /** True when this severity is the threshold's or worse (CRITICAL is at least HIGH). */
    public boolean isAtLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
