package com.custodyadvisor.report;

import com.custodyadvisor.catalog.ProviderRole;
import java.util.List;

/** How reports group providers: by the part each would play in an insurance programme. */
public enum RoleGroup {
    BROKER("Broker", "structures the programme and takes it to market", List.of(ProviderRole.BROKER)),
    LEAD("Lead insurer / carrier", "writes the crime/specie cover", List.of(ProviderRole.INSURER, ProviderRole.CARRIER)),
    MARKETPLACE("Marketplace", "specialist syndicates, reached through a broker", List.of(ProviderRole.MARKETPLACE)),
    REINSURER("Reinsurer", "backs the carriers and the tower", List.of(ProviderRole.REINSURER)),
    WARRANTY("Warranty / embedded protection", "sits alongside insurance in your product",
            List.of(ProviderRole.WARRANTY_PROVIDER)),
    ADD_ON("Add-on", "covers what custody crime policies leave out", List.of(ProviderRole.ADD_ON));

    private final String title;
    private final String part;
    private final List<ProviderRole> roles;

    RoleGroup(String title, String part, List<ProviderRole> roles) {
        this.title = title;
        this.part = part;
        this.roles = roles;
    }

    public String title() {
        return title;
    }

    /** What this group does in a programme, for the report's sub-heading. */
    public String part() {
        return part;
    }

    public boolean contains(ProviderRole role) {
        return roles.contains(role);
    }

    /** The group a role belongs to. */
    public static RoleGroup of(ProviderRole role) {
        for (RoleGroup group : values()) {
            if (group.contains(role)) {
                return group;
            }
        }
        throw new IllegalArgumentException("no group for role " + role);
    }
}
