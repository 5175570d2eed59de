package com.custodyadvisor.regulation;

/** How a profile stands against one figure of a regime. */
public enum CheckStatus {
    MET, NOT_MET,
    /** The profile leaves out what the check needs: it neither meets nor breaches the figure. */
    NOT_ASSESSABLE
}
