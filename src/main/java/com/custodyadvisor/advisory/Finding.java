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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "title", "severity", "category", "status", "detail", "remediation", "source", "evidence",
        "waiverReason", "explanations"})
public record Finding(String id, String title, Severity severity, String category, FindingStatus status,
                      String detail, String remediation, String source, List<Evidence> evidence,
                      String waiverReason, List<Explanation> explanations) {

    @JsonIgnore
    public boolean isOpen() {
        return status == FindingStatus.OPEN;
    }

    public Finding waived(String reason) {
        return new Finding(id, title, severity, category, FindingStatus.WAIVED, detail, remediation, source, evidence,
                reason, explanations);
    }

    public Finding withoutExplanations() {
        return new Finding(id, title, severity, category, status, detail, remediation, source, evidence,
                waiverReason, null);
    }
}
