package com.custodyadvisor.profile;

/**
 * Operational controls. A null flag means "not confirmed".
 *
 * @param independentAudit an independent audit within the last 12 months
 * @param transactionScreening real-time outbound transaction screening
 */
public record Controls(Boolean mfa, Boolean withdrawalWhitelists, Boolean policyControls, Boolean kycAml,
                       Boolean sanctionsScreening, Boolean rfqSegregation, Boolean leastPrivilege,
                       Boolean tabletopExercises, Boolean disasterRecoveryTested, Soc2Report soc2,
                       Boolean independentAudit, Boolean transactionScreening, Boolean continuousMonitoring) {

    /** Whether a SOC 2 Type II report is held, read like the flags: null when soc2 was left out. */
    public Boolean soc2TypeII() {
        return soc2 == null ? null : soc2 == Soc2Report.TYPE_II;
    }

    public static final Controls NONE =
            new Controls(null, null, null, null, null, null, null, null, null, null, null, null, null);
}
