package com.custodyadvisor.engine;

import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.parameters.Parameter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A loaded rule's metadata: the finding it makes (from the header of the rule, or of the rule whose
 * {@code @id} it shares), where it is written, and the parameters it judges by.
 *
 * @param title the rule's name
 * @param file the rule file, relative to the rules directory
 * @param line the line the rule starts on
 * @param parameters the parameters the rule names, with their values, in the order it names them
 * @param covers the finding ids this rule's finding covers ({@code @covers}, else those of the rule defining its id):
 *               a covered finding about the same gap leaves the findings and is listed under this one
 * @param asks the open questions ({@code data/questions.yaml}) whose answers this rule relies on ({@code @asks})
 */
@JsonPropertyOrder({"id", "title", "severity", "category", "source", "file", "line", "parameters", "covers", "asks"})
public record RuleInfo(String id, String title, Severity severity, String category, String source, String file,
                       int line, List<Parameter> parameters, List<String> covers, List<String> asks) {

    public RuleInfo {
        parameters = List.copyOf(parameters);
        covers = covers == null ? List.of() : List.copyOf(covers);
        asks = asks == null ? List.of() : List.copyOf(asks);
    }

    /** "red-flags.drl:12". */
    public String location() {
        return file + ":" + line;
    }
}
