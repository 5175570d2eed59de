package com.custodyadvisor.catalog;

import com.custodyadvisor.profile.Region;

/** Where a provider writes business: a firm region, or everywhere. */
public enum ProviderRegion {
    GLOBAL, US, EU, UK, APAC, MENA, LATAM, OTHER;

    public static ProviderRegion of(Region region) {
        return valueOf(region.name());
    }
}
