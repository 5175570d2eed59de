package com.custodyadvisor.catalog;

/** How squarely a provider serves a need. */
public enum Strength {
    /** The seed names the provider for this need (its headline, the Decision Guide or the Conclusion). */
    PRIMARY,
    /** The provider helps with the need as part of a programme (its features or "Consider If"). */
    SECONDARY
}
