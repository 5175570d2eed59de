package com.custodyadvisor.report;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.advisory.ProviderMatch;
import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.catalog.Catalog;
import com.custodyadvisor.catalog.Provider;
import com.custodyadvisor.profile.Profile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the text and Markdown reports share: the profile's firm, the advisory, and the catalogue for
 * providers' names; plus the groupings both reports use.
 */
record ReportData(Profile profile, Advisory advisory, Catalog catalog) {

    List<Finding> open(Severity severity) {
        return advisory.findings().stream().filter(f -> f.isOpen() && f.severity() == severity).toList();
    }

    List<Finding> waived() {
        return advisory.findings().stream().filter(f -> !f.isOpen()).toList();
    }

    /** 1-based position of a provider in the overall ranking. */
    int position(ProviderMatch match) {
        return advisory.providers().indexOf(match) + 1;
    }

    /** "Broker #1, #4 · Lead insurer / carrier #2": where each role's providers stand in the ranking. */
    String roles() {
        Map<RoleGroup, List<String>> positions = new EnumMap<>(RoleGroup.class);
        for (ProviderMatch p : advisory.providers()) {
            positions.computeIfAbsent(RoleGroup.of(p.role()), g -> new ArrayList<>()).add("#" + position(p));
        }
        return positions.entrySet().stream().map(e -> e.getKey().title() + " " + String.join(", ", e.getValue()))
                .collect(Collectors.joining(" · "));
    }

    String nameOf(String providerId) {
        return catalog.find(providerId).map(Provider::name).orElse(providerId);
    }

    String alternatives(ProviderMatch match) {
        return match.alternatives().stream().map(this::nameOf).collect(Collectors.joining(", "));
    }

    String firmLine() {
        return profile.firm().name() + " (" + profile.firm().type() + ", " + profile.firm().domicile() + ")";
    }

    Map<Severity, Integer> counts() {
        return advisory.summary().counts();
    }

    static String shortHash(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) : hash;
    }
}
