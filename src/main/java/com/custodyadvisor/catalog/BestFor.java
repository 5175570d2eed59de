package com.custodyadvisor.catalog;

import com.custodyadvisor.profile.FirmType;
import com.custodyadvisor.profile.Need;
import com.custodyadvisor.profile.Region;
import java.util.Collection;
import java.util.List;

/**
 * One firm type in a provider's "Best for", optionally narrowed: "APAC custodians" is
 * {type: QUALIFIED_CUSTODIAN, regions: [APAC]}; "large exchanges" is {type: EXCHANGE, needs: [TOWER]}.
 * Written in the catalogue as a bare firm type, or as a mapping with those qualifiers
 * ({@link CatalogLoader} reads the bare form as a mapping with only a type).
 *
 * @param regions the firm must operate in one of these (empty: anywhere)
 * @param needs the firm must have one of these needs, stated or derived (empty: any)
 */
public record BestFor(FirmType type, List<Region> regions, List<Need> needs) {

    public BestFor {
        regions = regions == null ? List.of() : List.copyOf(regions);
        needs = needs == null ? List.of() : List.copyOf(needs);
    }

    /** True when the firm's regions satisfy the region qualifier (always, when there is none). */
    public boolean regionsMatch(Collection<Region> firmRegions) {
        return regions.isEmpty() || regions.stream().anyMatch(firmRegions::contains);
    }


    /** "EXCHANGE (with TOWER)", for reasons. */
    public String describe() {
        StringBuilder s = new StringBuilder(type.name());
        if (!regions.isEmpty()) {
            s.append(" in ").append(regions);
        }
        if (!needs.isEmpty()) {
            s.append(" with ").append(needs);
        }
        return s.toString();
    }
}
