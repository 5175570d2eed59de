package com.custodyadvisor.catalog;

import com.custodyadvisor.profile.CustodyModel;
import com.custodyadvisor.profile.Firm;
import com.custodyadvisor.profile.FirmType;
import com.custodyadvisor.profile.Need;
import com.custodyadvisor.profile.Region;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One firm type in a provider's "Best for", optionally narrowed: "APAC custodians" is
 * {type: QUALIFIED_CUSTODIAN, regions: [APAC]}; "large exchanges" is {type: EXCHANGE, needs: [TOWER]};
 * "SMB crypto companies" that are small platforms is {type: SMB, customers: true}.
 * Written in the catalogue as a bare firm type, or as a mapping with those qualifiers
 * ({@link CatalogLoader} reads the bare form as a mapping with only a type).
 *
 * @param regions the firm must operate in one of these (empty: anywhere)
 * @param needs the firm must have one of these needs, stated or derived (empty: any)
 * @param customers when set, the firm must (true) or must not (false) have customers of its own
 * @param custodyModels the firm's custody model must be one of these (empty: any; a model not given matches none)
 * @param basis the sentence of the guide or of the references the narrowing rests on (null for a bare type)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BestFor(FirmType type, List<Region> regions, List<Need> needs, Boolean customers,
                      List<CustodyModel> custodyModels, String basis) {

    public BestFor {
        regions = regions == null ? List.of() : List.copyOf(regions);
        needs = needs == null ? List.of() : List.copyOf(needs);
        custodyModels = custodyModels == null ? List.of() : List.copyOf(custodyModels);
    }

    /**
     * True when the entry names the firm: its type, and every qualifier the entry sets (a region it
     * operates in, one of its needs, customers of its own, its custody model).
     */
    public boolean matches(Firm firm, CustodyModel custodyModel, Collection<Need> firmNeeds) {
        return type == firm.type() && regionsMatch(firm.regions())
                && (needs.isEmpty() || needs.stream().anyMatch(firmNeeds::contains))
                && (customers == null || customers == hasCustomers(firm))
                && (custodyModels.isEmpty() || custodyModel != null && custodyModels.contains(custodyModel));
    }

    /** True when the firm's regions satisfy the region qualifier (always, when there is none). */
    public boolean regionsMatch(Collection<Region> firmRegions) {
        return regions.isEmpty() || regions.stream().anyMatch(firmRegions::contains);
    }

    /**
     * Customers of its own: {@code hasCustomers} where the profile says, else holding assets for clients
     * (a firm that holds client assets has clients to identify).
     */
    private static boolean hasCustomers(Firm firm) {
        return Boolean.TRUE.equals(firm.customersOfItsOwn());
    }

    /** "EXCHANGE with [TOWER]", "SMB with customers", for reasons. */
    public String describe() {
        List<String> parts = new ArrayList<>(List.of(type.name()));
        if (!regions.isEmpty()) {
            parts.add("in " + regions);
        }
        if (!needs.isEmpty()) {
            parts.add("with " + needs);
        }
        if (customers != null) {
            parts.add(customers ? "with customers of its own" : "without customers of its own");
        }
        if (!custodyModels.isEmpty()) {
            parts.add("with custody model " + custodyModels);
        }
        return String.join(" ", parts);
    }
}
