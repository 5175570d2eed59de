package com.custodyadvisor.profile;

import java.util.List;

/**
 * The firm that holds the assets.
 *
 * @param regions where the firm operates; when left out, the region of its domicile
 * @param hasCustomers it has customers of its own whose identity it must check; null when not confirmed
 * @param licences the licences and registrations it holds, as given
 */
public record Firm(String name, FirmType type, String domicile, List<Region> regions, Boolean clientAssets,
                   Boolean hasCustomers, List<Licence> licences) {

    public Firm {
        regions = regions == null || regions.isEmpty() ? List.of(Regions.ofCountry(domicile)) : List.copyOf(regions);
        licences = licences == null ? List.of() : List.copyOf(licences);
    }

    /** A firm described by the fields every profile had before customers and licences were asked. */
    public Firm(String name, FirmType type, String domicile, List<Region> regions, Boolean clientAssets) {
        this(name, type, domicile, regions, clientAssets, null, List.of());
    }

    /**
     * Whether the firm has customers of its own whose identity it must check: {@code hasCustomers}, else read from
     * {@code clientAssets} (a firm holding assets for clients has customers); null when neither is given.
     */
    public Boolean customersOfItsOwn() {
        return hasCustomers != null ? hasCustomers : clientAssets;
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

    /** True when some licence was granted in the jurisdiction or within it ("US" matches a "US-NY" licence). */
    public boolean isLicensedIn(String jurisdiction) {
        return licences.stream().anyMatch(l -> l.isIn(jurisdiction));
    }

    /** The jurisdictions of the licences, each once, in the order given. */
    public List<String> licenceJurisdictions() {
        return licences.stream().map(Licence::jurisdiction).distinct().toList();
    }
}
