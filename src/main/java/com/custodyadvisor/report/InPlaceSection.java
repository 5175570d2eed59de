package com.custodyadvisor.report;

import static com.custodyadvisor.report.MarkdownReport.escape;

import com.custodyadvisor.profile.ApprovalBand;
import com.custodyadvisor.profile.AssuranceReport;
import com.custodyadvisor.profile.Controls;
import com.custodyadvisor.profile.KeyHolder;
import com.custodyadvisor.profile.KeyManagement;
import com.custodyadvisor.profile.Money;
import com.custodyadvisor.profile.Operations;
import com.custodyadvisor.profile.Policy;
import com.custodyadvisor.profile.Profile;
import com.custodyadvisor.profile.SubCustodian;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The broker pack's "What is in place": the strengths an underwriter prices, read from the profile as given
 * (own cover, controls, evidence with its dates, key management and key holders, operations, sub-custodians'
 * own cover). A field the profile leaves out reads "not given", never as a yes or a no.
 */
final class InPlaceSection {

    static final String NOT_GIVEN = "not given";

    private InPlaceSection() {
    }

    static void markdown(StringBuilder md, Profile profile) {
        md.append("\n## What is in place\n\nAs the profile states it; \"not given\" is a field it leaves out, asked "
                + "under Open questions where a rule relies on it.\n");
        ownCover(md, profile);
        table(md, "Controls", controls(profile.controls()));
        table(md, "Evidence and its dates", evidence(profile.controls()));
        table(md, "Key management", keyManagement(profile.keyManagement()));
        keyHolders(md, profile.keyManagement().keyHolders());
        table(md, "Operations", operations(profile.operations()));
        subCustodians(md, profile.activities().subCustodianEntries());
    }

    private static void ownCover(StringBuilder md, Profile profile) {
        md.append("\n### Own cover held\n\n");
        List<Policy> own = profile.policies().stream().filter(Policy::isOwnCover).toList();
        if (own.isEmpty()) {
            md.append("No policy that names the firm as an insured is given.\n");
            return;
        }
        md.append("| Policy | Limit | Deductible | Attaches at |\n|---|---:|---:|---:|\n");
        for (Policy p : own) {
            md.append("| ").append(escape(p.label())).append(" | ").append(Money.usd(p.limitUsd())).append(" | ")
                    .append(Money.usd(p.deductibleUsd())).append(" | ").append(Money.usd(p.attachmentUsd()))
                    .append(" |\n");
        }
    }

    private static Map<String, String> controls(Controls c) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Multi-factor authentication", yesNo(c.mfa()));
        rows.put("Withdrawal whitelists", yesNo(c.withdrawalWhitelists()));
        rows.put("Policy controls on transactions", yesNo(c.policyControls()));
        rows.put("Outbound transaction screening", yesNo(c.transactionScreening()));
        rows.put("KYC and AML", yesNo(c.kycAml()));
        rows.put("Sanctions screening", yesNo(c.sanctionsScreening()));
        rows.put("Least privilege", yesNo(c.leastPrivilege()));
        rows.put("Continuous monitoring", yesNo(c.continuousMonitoring()));
        rows.put("RFQ desk segregated", yesNo(c.rfqSegregation()));
        rows.put("Tabletop exercises", yesNo(c.tabletopExercises()));
        rows.put("Disaster recovery tested", yesNo(c.disasterRecoveryTested()));
        rows.put("Security expert in the design", yesNo(c.securityExpertInDesign()));
        return rows;
    }

    private static Map<String, String> evidence(Controls c) {
        Map<String, String> rows = new LinkedHashMap<>();
        List<AssuranceReport> reports = c.allAssuranceReports();
        rows.put("Assurance reports", reports.isEmpty() ? NOT_GIVEN : reports.stream()
                .map(InPlaceSection::report).collect(Collectors.joining("; ")));
        rows.put("Independent audit within 12 months", yesNo(c.independentAudit()));
        rows.put("Last penetration test", date(c.lastPenetrationTest()));
        rows.put("Last vulnerability scan", date(c.lastVulnerabilityScan()));
        rows.put("Proof of reserve", c.proofOfReserve().kind() == null ? NOT_GIVEN
                : c.proofOfReserve().kind() + ", last " + date(c.proofOfReserve().lastDate()));
        rows.put("CCSS level claimed", c.ccssClaimed() == null ? NOT_GIVEN : "level " + c.ccssClaimed());
        rows.put("CCSS level aimed for", c.ccssTarget() == null ? NOT_GIVEN : "level " + c.ccssTarget());
        return rows;
    }

    private static Map<String, String> keyManagement(KeyManagement k) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Keys hardware-isolated", yesNo(k.hardwareIsolated()));
        rows.put("Dual control", yesNo(k.dualControl()));
        rows.put("Key ceremonies documented", yesNo(k.ceremoniesDocumented()));
        rows.put("Access policies documented", yesNo(k.accessPoliciesDocumented()));
        rows.put("Sites holding key material", given(k.keyLocations()));
        rows.put("Authentication factors per key holder", given(k.authenticationFactors()));
        rows.put("Key-holder checks", given(k.keyHolderChecks()));
        return rows;
    }

    private static void keyHolders(StringBuilder md, List<KeyHolder> holders) {
        md.append("\n### Key holders\n\n");
        if (holders.isEmpty()) {
            md.append("Not given: the profile names no key holders.\n");
            return;
        }
        md.append("| Role | Jurisdiction | Site | Vetted | Background check | Quorum of |\n|---|---|---|---|---|---|\n");
        for (KeyHolder h : holders) {
            md.append("| ").append(text(h.role())).append(" | ").append(text(h.jurisdiction())).append(" | ")
                    .append(text(h.site())).append(" | ").append(yesNo(h.vetted())).append(" | ")
                    .append(date(h.backgroundCheckDate())).append(" | ")
                    .append(h.wallets().isEmpty() ? "all wallets" : escape(String.join(", ", h.wallets())))
                    .append(" |\n");
        }
    }

    private static Map<String, String> operations(Operations o) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Average daily outflow", usd(o.avgDailyOutflowUsd()));
        rows.put("Peak daily outflow", usd(o.peakDailyOutflowUsd()));
        rows.put("Largest single withdrawal", usd(o.largestWithdrawalUsd()));
        rows.put("Sweep of hot balances to cold", given(o.coldSweep()));
        rows.put("Withdrawal approval bands", o.withdrawalApprovalBands().isEmpty() ? NOT_GIVEN
                : o.withdrawalApprovalBands().stream().map(InPlaceSection::band).collect(Collectors.joining("; ")));
        return rows;
    }

    private static String band(ApprovalBand b) {
        return "above " + Money.usd(b.aboveUsd()) + ": " + b.approvers() + " approver" + (b.approvers() == 1 ? "" : "s");
    }

    private static void subCustodians(StringBuilder md, List<SubCustodian> entries) {
        md.append("\n### Sub-custodians and vendors\n\n");
        if (entries.isEmpty()) {
            md.append("None named.\n");
            return;
        }
        md.append("| Name | Their own cover | Names the firm | Their assurance report | Regulator approved |\n"
                + "|---|---:|---|---|---|\n");
        for (SubCustodian s : entries) {
            AssuranceReport report = s.assuranceReport();
            md.append("| ").append(text(s.name())).append(" | ").append(usd(s.insuranceLimitUsd())).append(" | ")
                    .append(yesNo(s.namesFirm())).append(" | ")
                    .append(report == null ? NOT_GIVEN : report(report))
                    .append(" | ").append(yesNo(s.regulatorApproved())).append(" |\n");
        }
    }

    /** "SOC2_TYPE_II, period ending 2025-06-30"; either part may read "not given". */
    private static String report(AssuranceReport r) {
        return (r.kind() == null ? "kind not given" : r.kind().toString()) + ", period ending " + date(r.periodEnd());
    }

    private static void table(StringBuilder md, String title, Map<String, String> rows) {
        md.append("\n### ").append(title).append("\n\n| | As given |\n|---|---|\n");
        rows.forEach((label, value) -> md.append("| ").append(label).append(" | ").append(value).append(" |\n"));
    }

    /** The value as it reads, or "not given". */
    private static String given(Object value) {
        return value == null ? NOT_GIVEN : value.toString();
    }

    static String yesNo(Boolean value) {
        return value == null ? NOT_GIVEN : value ? "yes" : "no";
    }

    static String date(LocalDate date) {
        return date == null ? NOT_GIVEN : date.toString();
    }

    static String usd(Long amount) {
        return amount == null ? NOT_GIVEN : Money.usd(amount);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? NOT_GIVEN : escape(value);
    }
}
