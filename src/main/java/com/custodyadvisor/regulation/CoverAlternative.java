package com.custodyadvisor.regulation;

/** What a regime accepts in place of insurance for its cover floor. */
public enum CoverAlternative {
    /** A regulator-approved compensation arrangement ({@code insurance.compensationArrangement}). */
    COMPENSATION_ARRANGEMENT,
    /** The firm's own reserve against client assets ({@code holdings.ownReserves}). */
    OWN_RESERVE
}
