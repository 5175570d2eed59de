package com.custodyadvisor.profile;

/** How media that held key material are wiped or destroyed (CCSS 2.02). */
public enum DataSanitisation {
    NONE, POLICY, POLICY_AND_LOG
}
