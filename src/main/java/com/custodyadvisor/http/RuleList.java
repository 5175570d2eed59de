package com.custodyadvisor.http;

import com.custodyadvisor.engine.RuleInfo;
import com.custodyadvisor.engine.RuleSet;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The body of {@code GET /v1/rules}: every loaded rule in file and line order, and the rule set's version. */
@JsonPropertyOrder({"rulesetVersion", "rules"})
record RuleList(String rulesetVersion, List<RuleInfo> rules) {

    static RuleList of(RuleSet ruleSet) {
        return new RuleList(ruleSet.version(), ruleSet.rules());
    }
}
