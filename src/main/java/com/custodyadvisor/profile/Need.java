package com.custodyadvisor.profile;

/** What the firm wants from its insurance programme; stated in the profile or derived from it. */
public enum Need {
    CRYPTO_FIRST_INSURER, TOWER, APAC_CAPACITY, EMBEDDED_PROTECTION, WALLET_RECOVERY, STAKING_DEFI_COVER,
    PRE_UNDERWRITING_ASSESSMENT, BESPOKE_WORDING, REINSURANCE_BACKING, RETAIL_FACING_PROTECTION, WARRANTY_PROTECTION
}
