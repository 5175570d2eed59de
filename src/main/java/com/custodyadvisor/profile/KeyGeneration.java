package com.custodyadvisor.profile;

/** How keys are generated (CCSS 1.01), from least to most assured. */
public enum KeyGeneration {
    UNDOCUMENTED, DOCUMENTED, WITNESSED, VALIDATED_ENTROPY
}
