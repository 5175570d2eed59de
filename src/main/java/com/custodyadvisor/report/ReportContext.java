package com.custodyadvisor.report;

import com.custodyadvisor.catalog.Catalog;
import com.custodyadvisor.distribution.RuleSources;
import com.custodyadvisor.engine.RuleInfo;
import com.custodyadvisor.engine.RuleSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What every output takes beside the advisories: the rule set (its rules' metadata), the catalogue (the
 * providers' names) and where both were read from (outputs say which set is in use).
 *
 * @param sources where the rules and data came from; null when not known (a rule set built in a test)
 */
public record ReportContext(RuleSet ruleSet, Catalog catalog, RuleSources sources) {

    /**
     * Categories of the rules that work out which providers fit (needs, matches) and what the plan is sized to
     * rather than raise findings; the rule catalogue separates them the same way.
     */
    private static final Set<String> PROVIDER_SELECTION = Set.of("NEED", "MATCH", "PLAN");

    /**
     * The rules that raise findings, in file and line order, one per finding id (rules that share an id
     * judge cases of one finding): the checks a profile passes or fails.
     */
    public List<RuleInfo> findingRules() {
        Set<String> ids = new HashSet<>();
        return ruleSet.rules().stream().filter(r -> !PROVIDER_SELECTION.contains(r.category()))
                .filter(r -> ids.add(r.id())).toList();
    }

    /** "shipped with custody-advisor 1.0.0" or the rules directory; null when not known. */
    public String rulesOrigin() {
        return sources == null ? null : sources.rules().describe();
    }

    /** The same for the data directory. */
    public String dataOrigin() {
        return sources == null ? null : sources.data().describe();
    }
}
