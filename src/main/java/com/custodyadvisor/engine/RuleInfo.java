package com.custodyadvisor.engine;

import com.custodyadvisor.advisory.Severity;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A loaded rule's metadata, from its header ({@code @id}, {@code @severity}, {@code @category},
 * {@code @source}); rules may match these as facts (e.g. to spot a waiver naming no rule).
 *
 * @param title the rule's name
 * @param file the rule file, relative to the rules directory
 * @param line the line the rule starts on
 */
@JsonPropertyOrder({"id", "title", "severity", "category", "source", "file", "line"})
public record RuleInfo(String id, String title, Severity severity, String category, String source, String file,
                       int line) {

    /** "red-flags.drl:12". */
    public String location() {
        return file + ":" + line;
    }
}
