package com.custodyadvisor.advisory;

import java.util.List;

/**
 * One step of the plan.
 *
 * @param step its id in the order of approach, e.g. BROKER
 * @param title e.g. "Broker"
 * @param does what providers of this step do in the programme
 * @param providers the ranked providers that take it, in ranked order
 */
public record PlanStep(String step, String title, String does, List<PlannedProvider> providers) {

    public PlanStep {
        providers = List.copyOf(providers);
    }
}
