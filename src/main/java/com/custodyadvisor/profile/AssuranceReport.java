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

    /** True for a Type II report on controls an underwriter reads: SOC 2 or ISAE 3402 (not SOC 1, on financial reporting). */
    public boolean isControlsTypeII() {
        return kind == AssuranceReportKind.SOC2_TYPE_II || kind == AssuranceReportKind.ISAE3402_TYPE_II;
    }

    /** True when its period ended more than the months before the day (a report with no period end is not stale). */
    public boolean isStaleOn(LocalDate day, int months) {
        return periodEnd != null && periodEnd.plusMonths(months).isBefore(day);
    }
}
