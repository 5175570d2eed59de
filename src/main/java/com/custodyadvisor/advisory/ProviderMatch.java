package com.custodyadvisor.advisory;

import com.custodyadvisor.catalog.ProviderRegion;
import com.custodyadvisor.catalog.ProviderRole;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A provider that fits the profile.
 *
 * @param fit 1..100, the sum of the weights of its reasons, capped
 * @param rank the seed's rank, which breaks ties in fit
 * @param standing where it ranks before fit is compared (data/scoring.yaml, standings)
 */
@JsonPropertyOrder({"id", "name", "role", "fit", "standing", "reasons", "considerIf", "alternatives", "regions", "rank",
        "headline"})
public record ProviderMatch(String id, String name, ProviderRole role, int fit, List<String> reasons,
                            String considerIf, List<String> alternatives, List<ProviderRegion> regions, int rank,
                            String headline, Standing standing) {

    /**
     * A provider's standing.
     *
     * @param id e.g. ASKED
     * @param label e.g. "the guide's pick for a need you stated"
     */
    public record Standing(String id, String label) {
    }
}
