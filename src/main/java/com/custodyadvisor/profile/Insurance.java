package com.custodyadvisor.profile;

import java.util.List;

/**
 * The insurance the firm holds or plans, and how ready it is to claim.
 *
 * @param openIncident a loss event is known or under way
 */
public record Insurance(Boolean brokerEngaged, Boolean claimsPlaybook, Boolean incidentResponseTimeline,
                        Boolean openIncident, List<Policy> policies) {

    public static final Insurance NONE = new Insurance(null, null, null, null, List.of());

    public Insurance {
        policies = policies == null ? List.of() : List.copyOf(policies);
    }
}
