package com.custodyadvisor.profile;

import java.util.List;

/**
 * The firm that holds the assets.
 *
 * @param regions where the firm operates; when left out, the region of its domicile
 */
public record Firm(String name, FirmType type, String domicile, List<Region> regions, Boolean clientAssets) {

    public Firm {
        regions = regions == null || regions.isEmpty() ? List.of(Regions.ofCountry(domicile)) : List.copyOf(regions);
    }

    /** The region of the firm's entity domicile. */
    public Region domicileRegion() {
        return Regions.ofCountry(domicile);
    }

    public boolean operatesIn(Region region) {
        return regions.contains(region);
    }

    /** The firm's regions (domicile included) whose provider eligibility the seed does not screen. */
    public List<Region> unscreenedRegions() {
        java.util.Set<Region> all = new java.util.LinkedHashSet<>(regions);
        all.add(domicileRegion());
        return all.stream().filter(r -> !r.isScreenedBySeed()).toList();
    }
}
