package com.custodyadvisor.regulation;

import com.custodyadvisor.advisory.Severity;

/**
 * How a figure's certainty weighs on a finding built on it ({@code data/regimes.yaml}, {@code certainty}): the
 * severity the rule gives is lowered by {@code lowerBy} steps, and never above {@code atMost}.
 *
 * @param label how reports name the certainty, e.g. "secondary summary"
 */
public record Weighing(String label, int lowerBy, Severity atMost) {

    /** The severity a rule gives, weighed: lowered, then capped (INFO is the floor). */
    public Severity weigh(Severity given) {
        int lowered = Math.min(given.ordinal() + lowerBy, Severity.INFO.ordinal());
        return Severity.values()[Math.max(lowered, atMost.ordinal())];
    }
}
