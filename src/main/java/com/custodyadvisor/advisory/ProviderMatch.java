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
 */
@JsonPropertyOrder({"id", "name", "role", "fit", "reasons", "considerIf", "alternatives", "regions", "rank", "headline"})
public record ProviderMatch(String id, String name, ProviderRole role, int fit, List<String> reasons,
                            String considerIf, List<String> alternatives, List<ProviderRegion> regions, int rank,
                            String headline) {
}
