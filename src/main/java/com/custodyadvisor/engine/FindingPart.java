package com.custodyadvisor.engine;

import com.custodyadvisor.advisory.Evidence;
import com.custodyadvisor.advisory.Explanation;
import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.regulation.RegimeCheck;
import com.custodyadvisor.support.Wording;
import java.util.List;

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
 */
record FindingPart(FindingDefinition definition, int order, Severity severity, String pattern, List<String> items,
                   String remediation, List<Evidence> evidence, Explanation explanation, List<RegimeCheck> checks) {

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
