package com.custodyadvisor.profile;

/** Storage tier of a wallet, as an underwriter classes it. */
public enum Tier {
    COLD, WARM, HOT
}
