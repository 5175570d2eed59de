package com.custodyadvisor.profile;

/** What a licence permits. CASP is a crypto-asset service provider under MiCA. */
public enum LicenceKind {
    CUSTODY, EXCHANGE, TRUST_COMPANY, BROKER_DEALER, BANK, CASP, OTHER
}
