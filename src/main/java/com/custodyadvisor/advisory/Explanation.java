package com.custodyadvisor.advisory;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Why a finding was made: the rule and the facts it matched. Included on request (explain).
 *
 * @param rule the rule's name (its title)
 * @param file the rule file, relative to the rules directory
 * @param line the line the rule starts on
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Explanation(String rule, String file, Integer line, List<MatchedFact> matched) {

    /**
     * One fact the rule matched.
     *
     * @param fact the fact's type, e.g. "Wallet"
     * @param path where it is in the profile, when it comes from there
     * @param summary a short description, e.g. "HOT 50,000,000 USD"
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MatchedFact(String fact, String path, String summary) {
    }
}
