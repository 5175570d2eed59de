package com.custodyadvisor.profile;

/**
 * How media that held key material are wiped or destroyed (CCSS 2.02), from least to most: staff aware of secure
 * deletion and equipped for it (level 1), a written policy (level 2), a policy and a log per medium (level 3).
 */
public enum DataSanitisation {
    NONE, AWARENESS, POLICY, POLICY_AND_LOG
}
