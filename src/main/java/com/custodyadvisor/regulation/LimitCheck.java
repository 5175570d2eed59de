package com.custodyadvisor.regulation;

import java.util.List;

/**
 * A number the profile states against the regime's limit: hours to notify (at most), a policy's term in months or
 * its cancellation notice in days (at least).
 *
 * @param actual what the profile states; null when left out
 * @param limit the figure's value
 * @param atLeast true when the stated number must reach the limit, false when it must not pass it
 * @param unit "hours", "months", "days"
 */
public record LimitCheck(AppliedRegime applied, RegimeFigure figure, String subject, CheckStatus status,
                         String measured, Missing missing, List<String> pointers, Integer actual, int limit,
                         boolean atLeast, String unit) implements RegimeCheck {

    public LimitCheck {
        pointers = List.copyOf(pointers);
    }
}
