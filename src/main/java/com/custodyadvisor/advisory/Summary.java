package com.custodyadvisor.advisory;

import com.custodyadvisor.profile.Tier;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * The advisory at a glance.
 *
 * @param counts open findings per severity (every severity present, CRITICAL first)
 * @param waived findings the profile's waivers set aside
 * @param exposureUsd value held per storage tier as an underwriter would assign it (HOT, WARM, COLD): the tiers
 *                    every exposure check uses
 * @param declaredExposureUsd value held per storage tier as the profile declares it
 */
@JsonPropertyOrder({"verdict", "counts", "waived", "exposureUsd", "declaredExposureUsd"})
public record Summary(Verdict verdict, Map<Severity, Integer> counts, int waived, Map<Tier, Long> exposureUsd,
                      Map<Tier, Long> declaredExposureUsd) {
}
