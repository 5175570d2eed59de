package com.custodyadvisor.engine;

import com.custodyadvisor.advisory.Severity;
import java.util.List;

/**
 * What every finding of one id starts from, as the header of the rule that defines it says: the rule's
 * name is the title; {@code @severity}, {@code @category}, {@code @source}, and optionally
 * {@code @remediation} and {@code @detail} (a detail pattern whose {@code {items}} or {@code {clauses}}
 * the rules sharing the id fill in). Rules that share the id carry only {@code @id} and inherit the rest.
 *
 * @param remediation what to do, unless a rule words it itself; null when the rules do
 * @param detail the detail pattern, unless a rule words its own; null when the rules do
 * @param covers the ids its {@code @covers} names: rules sharing the id cover them too unless they say otherwise
 */
public record FindingDefinition(String id, String title, Severity severity, String category, String source,
                                String remediation, String detail, List<String> covers) {

    public FindingDefinition {
        covers = covers == null ? List.of() : List.copyOf(covers);
    }
}
