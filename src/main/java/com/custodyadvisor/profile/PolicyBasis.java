package com.custodyadvisor.profile;

/** Whom a policy protects and how (the seed's FAQ on exchanges' "insured" claims). */
public enum PolicyBasis {
    PLATFORM_WIDE, PER_CUSTOMER, WARRANTY, CONTINGENT
}
