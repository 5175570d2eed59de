package com.custodyadvisor.profile;

/** What the system's audit logs record (CCSS 2.04), from least to most. */
public enum AuditLogs {
    NONE, SOME_ACTIONS, ALL_ACTIONS, ALL_ACTIONS_BACKED_UP
}
