package com.custodyadvisor.advisory;

/** How a cell of the coverage map reads. */
public enum CoverageStatus {
    /** The own programme pays for the whole tier's loss by this peril (or in this line). */
    COVERED,
    /** It pays something, less than the tier holds. */
    SUBLIMITED,
    /** Nothing of the own programme responds. */
    NONE,
    /** A line the firm holds that does not pay for stolen assets (cyber, D&amp;O...). */
    NOT_THEFT_COVER
}
