package com.custodyadvisor.advisory;

import com.custodyadvisor.catalog.LineSize;
import com.custodyadvisor.catalog.ProviderNote;
import com.custodyadvisor.catalog.ProviderRegion;
import com.custodyadvisor.catalog.ProviderRole;
import com.custodyadvisor.profile.PolicyLine;
import com.custodyadvisor.profile.Tier;
import java.util.List;

/**
 * A provider in a step of the plan, with the facts of the catalogue a broker needs to approach it.
 *
 * @param position its place in the ranked list (1 is first)
 * @param standing the id of its standing
 * @param why its strongest reason to fit
 * @param lines the lines it writes or places
 * @param storageTiers the storage tiers it covers
 * @param lineSize what it writes on one risk, or "not published"
 * @param notes conditions of its cover and programmes it has written, each with its source
 */
public record PlannedProvider(String id, String name, ProviderRole role, int position, String standing, String why,
                              List<PolicyLine> lines, List<Tier> storageTiers, List<ProviderRegion> regions,
                              String regionsText, LineSize lineSize, List<ProviderNote> notes) {
}
