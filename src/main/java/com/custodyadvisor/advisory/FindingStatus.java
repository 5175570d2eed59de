package com.custodyadvisor.advisory;

/** Whether a finding counts toward the verdict. */
public enum FindingStatus {
    OPEN,
    /** Accepted by the firm through a waiver in the profile; shown, not counted. */
    WAIVED
}
