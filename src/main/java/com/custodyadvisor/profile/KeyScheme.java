package com.custodyadvisor.profile;

/** How a wallet's signing key is held. */
public enum KeyScheme {
    MPC, MULTISIG, HSM, SINGLE_KEY
}
