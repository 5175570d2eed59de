package com.custodyadvisor.profile;

/** What kind of firm holds the assets; matched against the providers' "Best for". */
public enum FirmType {
    QUALIFIED_CUSTODIAN, EXCHANGE, TRUSTEE, PRIME_BROKER, ETF_SERVICE_PROVIDER, BANK, FINTECH,
    B2B_PLATFORM, MPC_VENDOR, TOKENIZATION_PLATFORM, WEB3_PLATFORM, RETAIL_PLATFORM, SMB, CARRIER
}
