package com.custodyadvisor.profile;

/**
 * Where the key material of an online signer lives. The underwriter's wallet taxonomy separates a
 * general-purpose computer from dedicated secure hardware.
 */
public enum KeyStorage {
    HSM, SECURE_ENCLAVE, HARDWARE_WALLET, GENERAL_PURPOSE_COMPUTER, PAPER_OR_METAL
}
