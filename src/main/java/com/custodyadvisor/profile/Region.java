package com.custodyadvisor.profile;

/** A market region a firm is domiciled in or operates in. */
public enum Region {
    US, EU, UK, APAC, MENA, LATAM, OTHER;

    /** True for the regions the seed screens provider eligibility for (US, EU, APAC; UK through Lloyd's). */
    public boolean isScreenedBySeed() {
        return this == US || this == EU || this == UK || this == APAC;
    }
}
