package com.custodyadvisor.advisory;

import java.util.List;

/**
 * The programme as a broker would approach it: the steps of the order of approach (data/scoring.yaml,
 * approach) that some ranked provider takes, each with those providers, in ranked order. A step no provider
 * takes is left out. The programme's target limit and its layers are to sit beside the steps.
 *
 * @param steps from first to last
 */
public record Plan(List<PlanStep> steps) {

    public Plan {
        steps = List.copyOf(steps);
    }
}
