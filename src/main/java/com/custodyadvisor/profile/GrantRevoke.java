package com.custodyadvisor.profile;

/**
 * How key-holder access is granted and revoked (CCSS 1.06), from least to most: informally by someone who knows the
 * system (level 1), by written checklists (level 2), with an audit trail as well (level 3, which includes them).
 */
public enum GrantRevoke {
    NONE, INFORMAL, CHECKLISTS, AUDIT_TRAIL
}
