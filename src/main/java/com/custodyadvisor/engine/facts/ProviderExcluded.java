package com.custodyadvisor.engine.facts;

/** A provider left out of the recommendations, and why (e.g. it does not write business in the domicile). */
public record ProviderExcluded(String providerId, String reason) {
}
