package com.custodyadvisor.profile;

/** How key holders are vetted before they get access (CCSS 1.04: identity at level 1, background at level 3). */
public enum KeyHolderChecks {
    NONE, IDENTITY_AND_REFERENCES, BACKGROUND_CHECKS
}
