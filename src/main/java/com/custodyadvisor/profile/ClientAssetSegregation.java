package com.custodyadvisor.profile;

/** How client assets are kept apart from each other and from the firm's own. */
public enum ClientAssetSegregation {
    PER_CLIENT_WALLETS, OMNIBUS_WITH_RECORDS, COMMINGLED
}
