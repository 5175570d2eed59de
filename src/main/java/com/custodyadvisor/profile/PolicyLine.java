package com.custodyadvisor.profile;

/** Line of insurance (or warranty) a policy belongs to. */
public enum PolicyLine {
    CRIME, SPECIE, CYBER, D_AND_O, E_AND_O, SMART_CONTRACT, STAKING_SLASHING, WARRANTY, EXTORTION
}
