package com.custodyadvisor.profile;

import java.time.LocalDate;

/**
 * An independent assurance report on controls.
 *
 * @param periodEnd the last day of the period it covers; null when not given
 */
public record AssuranceReport(AssuranceReportKind kind, LocalDate periodEnd) {

    /** True for a Type II report of any family (SOC 1, SOC 2, ISAE 3402). */
    public boolean isTypeII() {
        return kind != null && kind.isTypeII();
    }
}
