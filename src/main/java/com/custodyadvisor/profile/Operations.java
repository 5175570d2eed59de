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

    /** The hot float the days of peak outflow make: what the hot tier needs to hold; null when the peak is not given. */
    public Long hotFloatUsd(int days) {
        return peakDailyOutflowUsd == null ? null : peakDailyOutflowUsd * days;
    }

    /** True when the bands are given and the highest of them needs one approver: one person releases any amount. */
    public boolean isSingleApproverUnbounded() {
        return !withdrawalApprovalBands.isEmpty() && singleApproverCeilingUsd() == null;
    }

    /**
     * The largest withdrawal one approver may release alone under the bands: the threshold of the band above the
     * highest single-approver band. 0 when no band lets one approver act alone (every withdrawal the bands reach
     * needs two or more); null when the bands do not bound it (none given, or the highest band needs one approver).
     */
    public Long singleApproverCeilingUsd() {
        if (withdrawalApprovalBands.isEmpty()) {
            return null;
        }
        java.util.TreeMap<Long, Integer> byThreshold = new java.util.TreeMap<>();
        withdrawalApprovalBands.forEach(b -> byThreshold.merge(b.aboveUsd(), b.approvers(), Math::max));
        Long ceiling = 0L;
        for (java.util.Map.Entry<Long, Integer> band : byThreshold.entrySet()) {
            if (band.getValue() == 1) {
                ceiling = byThreshold.higherKey(band.getKey());
            }
        }
        return ceiling;
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
