package com.custodyadvisor.advisory;

/** The advisory's one-word answer. */
public enum Verdict {
    /** Some open CRITICAL finding: an underwriter would stop here. */
    NOT_READY,
    /** No CRITICAL, but some open HIGH finding. */
    NEEDS_WORK,
    /** Nothing HIGH or above is open. */
    READY;

    public static Verdict of(boolean anyCritical, boolean anyHigh) {
        return anyCritical ? NOT_READY : anyHigh ? NEEDS_WORK : READY;
    }
}
