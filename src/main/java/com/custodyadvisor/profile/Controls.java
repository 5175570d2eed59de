package com.custodyadvisor.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Operational controls. A null flag, date or level means "not confirmed".
 *
 * @param independentAudit an independent audit within the last 12 months
 * @param securityExpertInDesign someone versed in crypto-asset security took part in designing the system (CCSS 2.01)
 * @param transactionScreening real-time outbound transaction screening
 * @param soc2 the SOC 2 report held, in the older, shorter form (see {@link #allAssuranceReports()})
 * @param assuranceReports assurance reports as given (empty when not given)
 * @param lastPenetrationTest when the last third-party penetration test was completed
 * @param lastVulnerabilityScan when the last vulnerability assessment was completed
 * @param proofOfReserve how holdings are proved (CCSS 2.03); never null
 * @param auditLogs what audit logs record (CCSS 2.04)
 * @param dataSanitisation how media that held keys are wiped (CCSS 2.02)
 * @param ccssTarget the CCSS level the firm aims for, 1 to 3
 * @param ccssClaimed the CCSS level the firm says it meets, 1 to 3
 * @param incidentReporting hours the incident plan takes to notify the regulator; never null
 * @param clientAssetSegregation how client assets are kept apart
 * @param reconciliation how often client balances are reconciled with what is held
 */
public record Controls(Boolean mfa, Boolean withdrawalWhitelists, Boolean policyControls, Boolean kycAml,
                       Boolean sanctionsScreening, Boolean rfqSegregation, Boolean leastPrivilege,
                       Boolean tabletopExercises, Boolean disasterRecoveryTested, Soc2Report soc2,
                       Boolean independentAudit, Boolean securityExpertInDesign, Boolean transactionScreening,
                       Boolean continuousMonitoring,
                       List<AssuranceReport> assuranceReports, LocalDate lastPenetrationTest,
                       LocalDate lastVulnerabilityScan, ProofOfReserve proofOfReserve, AuditLogs auditLogs,
                       DataSanitisation dataSanitisation, Integer ccssTarget, Integer ccssClaimed,
                       IncidentReporting incidentReporting, ClientAssetSegregation clientAssetSegregation,
                       Reconciliation reconciliation) {

    public static final Controls NONE = new Controls(null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, List.of(), null, null, ProofOfReserve.NONE, null, null, null, null,
            IncidentReporting.NONE, null, null);

    public Controls {
        assuranceReports = assuranceReports == null ? List.of() : List.copyOf(assuranceReports);
        proofOfReserve = proofOfReserve == null ? ProofOfReserve.NONE : proofOfReserve;
        incidentReporting = incidentReporting == null ? IncidentReporting.NONE : incidentReporting;
    }

    /** Whether a SOC 2 Type II report is held, read like the flags: null when soc2 was left out. */
    public Boolean soc2TypeII() {
        return soc2 == null ? null : soc2 == Soc2Report.TYPE_II;
    }

    /** True when a SOC 2 or ISAE 3402 Type II report is held whose period ended within the months before the day. */
    public boolean hasCurrentControlsReport(LocalDate day, int staleMonths) {
        return allAssuranceReports().stream().anyMatch(r -> r.isControlsTypeII() && !r.isStaleOn(day, staleMonths));
    }

    /**
     * What the reports held say to an underwriter wanting a current Type II: "not confirmed" (none given), "you hold
     * SOC2_TYPE_I", or "yours (ISAE3402_TYPE_II) ended 2024-06-30, more than 15 months ago".
     */
    public String controlsReportState(LocalDate day, int staleMonths) {
        List<AssuranceReport> all = allAssuranceReports();
        if (all.isEmpty()) {
            return "not confirmed";
        }
        return all.stream().filter(AssuranceReport::isControlsTypeII).findFirst()
                .map(r -> "yours (" + r.kind() + ") ended " + r.periodEnd() + ", more than " + staleMonths + " months ago")
                .orElse("you hold " + all.stream().map(r -> String.valueOf(r.kind())).distinct()
                        .collect(java.util.stream.Collectors.joining(", ")));
    }

    /**
     * Every assurance report the profile gives: {@code assuranceReports}, then the one {@code soc2} stands for
     * (SOC2_TYPE_I, SOC2_TYPE_II or NONE, with no period end) unless a report of that kind is already listed.
     */
    public List<AssuranceReport> allAssuranceReports() {
        AssuranceReportKind legacy = AssuranceReportKind.ofSoc2(soc2);
        if (legacy == null || assuranceReports.stream().anyMatch(r -> r.kind() == legacy)) {
            return assuranceReports;
        }
        List<AssuranceReport> all = new ArrayList<>(assuranceReports);
        all.add(new AssuranceReport(legacy, null));
        return List.copyOf(all);
    }
}
