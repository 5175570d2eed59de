package com.custodyadvisor.profile;

/** How key-holder access is granted and revoked (CCSS 1.06); an audit trail includes the checklists. */
public enum GrantRevoke {
    NONE, CHECKLISTS, AUDIT_TRAIL
}
