package com.custodyadvisor.improvement;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.profile.Profile;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A profile and its plain advisory (no improvements worked out): where the search stands at one step.
 *
 * @param tree the profile as submitted or patched
 */
public record Assessed(JsonNode tree, Profile profile, Advisory advisory) {

    /** The open CRITICAL and HIGH findings, worst first. */
    List<Finding> severe() {
        return advisory.findings().stream().filter(Finding::isOpen)
                .filter(f -> f.severity() == Severity.CRITICAL || f.severity() == Severity.HIGH).toList();
    }

    /** The ids of {@link #severe()}. */
    List<String> severeIds() {
        return severe().stream().map(Finding::id).toList();
    }
}
