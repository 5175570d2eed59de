package com.custodyadvisor.advisory;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The programme as a broker would approach it: the steps of the order of approach (data/scoring.yaml,
 * approach) that some ranked provider takes, each with those providers, in ranked order, and the limit the
 * programme should reach with a sketch of its layers. A step no provider takes is left out.
 *
 * @param steps from first to last
 * @param target the target limit and its layers; null where the profile gives no loss scenario to size it to
 */
public record Plan(List<PlanStep> steps, @JsonInclude(JsonInclude.Include.NON_NULL) ProgrammeTarget target) {

    public Plan {
        steps = List.copyOf(steps);
    }
}
