package com.custodyadvisor.profile;

/** How a wallet's signing key is held. SMART_CONTRACT is a smart-contract account (e.g. a multisig contract). */
public enum KeyScheme {
    MPC, MULTISIG, HSM, SINGLE_KEY, SMART_CONTRACT
}
