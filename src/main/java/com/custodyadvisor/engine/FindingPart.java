package com.custodyadvisor.engine;

import com.custodyadvisor.advisory.Evidence;
import com.custodyadvisor.advisory.Explanation;
import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.regulation.RegimeCheck;
import com.custodyadvisor.support.Wording;
import java.util.List;
import java.util.Set;

/**
 * What one firing of a rule says toward a finding. Parts with the same id make one finding
 * ({@link AdvisoryAssembler}); parts with the same detail pattern share its {@code {items}} or
 * {@code {clauses}}.
 *
 * @param order the rule's place in file and line order: parts read in rule order, then profile order
 * @param pattern the detail with the rule's figures filled in, {@code {items}} or {@code {clauses}} still open
 * @param items what fills {@code {items}} (joined "A, B and C") or {@code {clauses}} (joined "a; b")
 * @param explanation the rule and facts behind it; null when the advisory is made without explanations
 * @param checks the regulators' checks it reports: their sources join the finding's, and the advisory's regimes
 *               name the finding beside them
 * @param covers the finding ids the rule's {@code @covers} names
 * @param concerns the gap this part is about ({@link FindingBuilder#concerns}): empty for "the whole finding"
 */
record FindingPart(FindingDefinition definition, int order, Severity severity, String pattern, List<String> items,
                   String remediation, List<Evidence> evidence, Explanation explanation, List<RegimeCheck> checks,
                   List<String> covers, Set<String> concerns) {
    /**
     * This part covers the other: its rule names the other's id in {@code @covers}, and it is about the whole gap
     * (no concerns) or about every subject the other is about.
     */
    boolean covers(FindingPart other) {
        return covers.contains(other.definition().id())
                && (concerns.isEmpty() || !other.concerns().isEmpty() && concerns.containsAll(other.concerns()));
    }

    static final String ITEMS = "{items}";
    static final String CLAUSES = "{clauses}";

    /** The JSON Pointer of the first evidence: parts of one rule read in this (profile) order. */
    String firstPath() {
        return evidence.isEmpty() ? "" : evidence.get(0).path();
    }

    /** The pattern with these items filled in, as a sentence that starts upper-case. */
    static String render(String pattern, List<String> items) {
        return Wording.capitalize(pattern.replace(ITEMS, Wording.list(items)).replace(CLAUSES, String.join("; ", items)));
    }
}
