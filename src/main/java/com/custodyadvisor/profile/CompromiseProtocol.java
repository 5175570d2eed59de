package com.custodyadvisor.profile;

/** What the firm does when a key may be compromised (CCSS 1.05), from least to most. */
public enum CompromiseProtocol {
    NONE, INVENTORY_ONLY, DOCUMENTED, DRILLED
}
