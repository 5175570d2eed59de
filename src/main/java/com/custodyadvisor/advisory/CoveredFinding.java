package com.custodyadvisor.advisory;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A finding that restates a root finding's gap (the root's rule declares {@code @covers} for it): kept under the
 * root so nothing is lost, and not counted on its own.
 *
 * @param severity what it would have been on its own
 * @param detail what it says, in the profile's figures
 */
@JsonPropertyOrder({"id", "title", "severity", "detail"})
public record CoveredFinding(String id, String title, Severity severity, String detail) {

    static CoveredFinding of(Finding f) {
        return new CoveredFinding(f.id(), f.title(), f.severity(), f.detail());
    }
}
