package com.custodyadvisor.profile;

import java.util.Comparator;
import java.util.List;

/**
 * How assets move day to day. Amounts left out are null (not given).
 *
 * @param peakDailyOutflowUsd the highest value withdrawn in one day over the last year
 * @param largestWithdrawalUsd the largest single withdrawal over the last year
 * @param coldSweep how often hot balances above the float are swept to cold
 * @param withdrawalApprovalBands approvers needed by withdrawal size, as given
 */
public record Operations(Long avgDailyOutflowUsd, Long peakDailyOutflowUsd, Long largestWithdrawalUsd,
                         SweepFrequency coldSweep, List<ApprovalBand> withdrawalApprovalBands) {

    /** Operations left out of the profile: nothing stated. */
    public static final Operations NONE = new Operations(null, null, null, null, List.of());

    public Operations {
        withdrawalApprovalBands = withdrawalApprovalBands == null ? List.of() : List.copyOf(withdrawalApprovalBands);
    }

    /**
     * The approvers a withdrawal of the amount needs: those of the band with the highest threshold below the
     * amount (where several bands share it, the most approvers); null when no band reaches down to it.
     */
    public Integer approversFor(long amountUsd) {
        return withdrawalApprovalBands.stream()
                .filter(b -> amountUsd > b.aboveUsd())
                .max(Comparator.comparingLong(ApprovalBand::aboveUsd).thenComparingInt(ApprovalBand::approvers))
                .map(ApprovalBand::approvers)
                .orElse(null);
    }
}
