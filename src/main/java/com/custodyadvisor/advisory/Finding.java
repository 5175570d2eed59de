package com.custodyadvisor.advisory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One piece of advice: a checklist gap, red flag, beginner mistake or security or coverage point.
 *
 * @param detail what was found, in the profile's own figures
 * @param source the part of the seed (or public standard) the advice comes from
 * @param status OPEN, or WAIVED with {@code waiverReason}
 * @param explanations the rule and facts behind it (only when an explanation was asked for)
 * @param covers the findings that only restate this one's gap (its rule's {@code @covers}), worst first; empty
 *               for most findings
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "title", "severity", "category", "status", "detail", "remediation", "source", "evidence",
        "waiverReason", "covers", "explanations"})
public record Finding(String id, String title, Severity severity, String category, FindingStatus status,
                      String detail, String remediation, String source, List<Evidence> evidence,
                      String waiverReason, List<Explanation> explanations,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CoveredFinding> covers) {

    public Finding {
        covers = covers == null ? List.of() : List.copyOf(covers);
    }

    @JsonIgnore
    public boolean isOpen() {
        return status == FindingStatus.OPEN;
    }

    public Finding waived(String reason) {
        return new Finding(id, title, severity, category, FindingStatus.WAIVED, detail, remediation, source, evidence,
                reason, explanations, covers);
    }

    public Finding withoutExplanations() {
        return new Finding(id, title, severity, category, status, detail, remediation, source, evidence,
                waiverReason, null, covers);
    }

    /** The same finding with a placeholder of its remediation (e.g. {@code {brokers}}) filled in. */
    public Finding filling(String placeholder, String text) {
        return remediation == null || !remediation.contains(placeholder) ? this
                : new Finding(id, title, severity, category, status, detail, remediation.replace(placeholder, text),
                        source, evidence, waiverReason, explanations, covers);
    }

    /** The same finding with the findings it covers listed under it. */
    public Finding covering(List<Finding> covered) {
        return new Finding(id, title, severity, category, status, detail, remediation, source, evidence,
                waiverReason, explanations, covered.stream().map(CoveredFinding::of).toList());
    }
}
