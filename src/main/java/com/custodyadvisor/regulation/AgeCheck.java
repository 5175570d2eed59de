package com.custodyadvisor.regulation;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated piece of evidence (a penetration test, an assurance report's period end) against the regime's cadence.
 *
 * @param date the latest date the profile gives; null when none
 * @param months the cadence
 * @param dueDate when the next was due: {@code date} plus the cadence; null when there is no date
 * @param what "penetration test", "SOC 2 Type II report"
 */
public record AgeCheck(AppliedRegime applied, RegimeFigure figure, String subject, CheckStatus status,
                       String measured, Missing missing, List<String> pointers, LocalDate date, int months,
                       LocalDate dueDate, String what) implements RegimeCheck {

    public AgeCheck {
        pointers = List.copyOf(pointers);
    }

    /** The cadence after "every": "year", "3 years", "18 months". */
    public String cadence() {
        return RegimeFigure.every(months);
    }
}
