package com.custodyadvisor.plan;

import com.custodyadvisor.exposure.LossScenario;

/**
 * The loss scenario a rule chose to size the programme's limit to (PLAN-TARGET), and why that one.
 *
 * @param why e.g. "the largest loss scenario"
 * @param requestedUsd the limit the firm seeks at its next placement ({@code insurance.requested.limitUsd}); null
 *                     when not given
 */
public record TargetScenario(LossScenario scenario, String why, Long requestedUsd) {
}
