package com.custodyadvisor.advisory;

import com.custodyadvisor.profile.Tier;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The advisory at a glance.
 *
 * @param counts open findings per severity (every severity present, CRITICAL first)
 * @param waived findings the profile's waivers set aside
 * @param exposureUsd value held per storage tier as an underwriter would assign it (HOT, WARM, COLD): the tiers
 *                    every exposure check uses
 * @param declaredExposureUsd value held per storage tier as the profile declares it
 * @param blockingQuestions the open questions (their pointers) that keep the verdict from READY: a CRITICAL or
 *                          HIGH rule relies on each; empty when none does
 */
@JsonPropertyOrder({"verdict", "counts", "waived", "exposureUsd", "declaredExposureUsd", "blockingQuestions"})
public record Summary(Verdict verdict, Map<Severity, Integer> counts, int waived, Map<Tier, Long> exposureUsd,
                      Map<Tier, Long> declaredExposureUsd, List<String> blockingQuestions) {

    public Summary {
        blockingQuestions = blockingQuestions == null ? List.of() : List.copyOf(blockingQuestions);
    }
}
