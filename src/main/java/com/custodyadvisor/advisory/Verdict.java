package com.custodyadvisor.advisory;

/** The advisory's one-word answer. */
public enum Verdict {
    /** Some open CRITICAL finding: an underwriter would stop here. */
    NOT_READY,
    /** No CRITICAL, but some open HIGH finding. */
    NEEDS_WORK,
    /** Nothing HIGH or above is open, and every question a CRITICAL or HIGH rule relies on is answered. */
    READY;

    /** NOT_READY with a CRITICAL, NEEDS_WORK with a HIGH or an open question a CRITICAL or HIGH rule relies on. */
    public static Verdict of(boolean anyCritical, boolean anyHigh, boolean blockingQuestions) {
        return anyCritical ? NOT_READY : anyHigh || blockingQuestions ? NEEDS_WORK : READY;
    }
}
