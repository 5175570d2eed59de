package com.custodyadvisor.catalog;

/** The part a provider plays in an insurance programme. */
public enum ProviderRole {
    INSURER, BROKER, REINSURER, MARKETPLACE, CARRIER, WARRANTY_PROVIDER, ADD_ON
}
