package com.custodyadvisor.regulation;

import com.custodyadvisor.profile.Activities;
import com.custodyadvisor.profile.AssuranceReport;
import com.custodyadvisor.profile.ClientAssetSegregation;
import com.custodyadvisor.profile.Controls;
import com.custodyadvisor.profile.Policy;
import com.custodyadvisor.profile.Reconciliation;
import com.custodyadvisor.profile.SubCustodian;
import com.custodyadvisor.support.Wording;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The figures about how the firm works: yes/no obligations, incident clocks, how recent a penetration test or an
 * assurance report is, the terms of insurance counted toward own funds. A field left out makes its check not
 * assessable, never a breach.
 */
final class PracticeChecks {

    private PracticeChecks() {
    }

    /** NO_REHYPOTHECATION, CLIENT_SEGREGATION, SEPARATE_CUSTODY_ENTITY, RECONCILIATION: one field each. */
    static List<RegimeCheck> gate(Measure m) {
        Activities a = m.profile().activities();
        Controls c = m.profile().controls();
        RegimeFigure f = m.figure();
        return List.of(switch (f.kind()) {
            case NO_REHYPOTHECATION -> gate(m, null, "/activities/rehypothecation", a.rehypothecation(),
                    a.rehypothecation() == null ? null : !a.rehypothecation(),
                    "client assets are lent, pledged or used as collateral", "whether client assets are lent, "
                    + "pledged or used as collateral");
            case SEPARATE_CUSTODY_ENTITY -> gate(m, null, "/activities/separateCustodyEntity",
                    a.separateCustodyEntity(), a.separateCustodyEntity(), "custody is run by the trading entity",
                    "whether custody is run by a legal entity separate from trading");
            case CLIENT_SEGREGATION -> gate(m, null, "/controls/clientAssetSegregation", c.clientAssetSegregation(),
                    c.clientAssetSegregation() == null ? null
                            : c.clientAssetSegregation().ordinal() <= ClientAssetSegregation.valueOf(f.requires()).ordinal(),
                    "client assets are kept " + c.clientAssetSegregation(), "how client assets are kept apart");
            case RECONCILIATION -> gate(m, null, "/controls/reconciliation", c.reconciliation(),
                    c.reconciliation() == null ? null
                            : c.reconciliation().ordinal() <= Reconciliation.valueOf(f.requires()).ordinal(),
                    "client assets are reconciled " + c.reconciliation(), "how often client balances are reconciled "
                    + "with what is held");
            default -> throw new IllegalArgumentException("not a yes/no figure: " + f.kind());
        });
    }

    /** One sub-custodian per check; none listed meets it. */
    static List<RegimeCheck> subCustodians(Measure m) {
        List<SubCustodian> entries = m.profile().activities().subCustodianEntries();
        if (entries.isEmpty()) {
            return List.of(new GateCheck(m.regime(), m.figure(), null, CheckStatus.MET, "no sub-custodian listed", null,
                    List.of("/activities/subCustodians"), null));
        }
        List<RegimeCheck> checks = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            SubCustodian s = entries.get(i);
            String item = "/activities/subCustodians/" + i;
            checks.add(gate(m, s.name(), s.isNameOnly() ? item : item + "/regulatorApproved", s.regulatorApproved(),
                    s.regulatorApproved(), s.name() + " is relied on without the regulator's approval",
                    "whether the regulator approved relying on " + s.name()));
        }
        return checks;
    }

    private static GateCheck gate(Measure m, String subject, String path, Object actual, Boolean met, String breach,
            String ask) {
        CheckStatus status = met == null ? CheckStatus.NOT_ASSESSABLE : met ? CheckStatus.MET : CheckStatus.NOT_MET;
        String measured = switch (status) {
            case MET -> path.substring(path.lastIndexOf('/') + 1) + ": " + actual;
            case NOT_MET -> breach;
            case NOT_ASSESSABLE -> "not given";
        };
        return new GateCheck(m.regime(), m.figure(), subject, status, measured,
                status == CheckStatus.NOT_ASSESSABLE ? new Missing(path, ask) : null, List.of(path),
                actual == null ? null : String.valueOf(actual));
    }

    /** INCIDENT_NOTICE, EXTORTION_NOTICE: the hours the incident plan takes, at most the figure's. */
    static List<RegimeCheck> clock(Measure m) {
        boolean extortion = m.figure().kind() == FigureKind.EXTORTION_NOTICE;
        Integer hours = extortion ? m.profile().controls().incidentReporting().extortionHours()
                : m.profile().controls().incidentReporting().initialHours();
        String path = "/controls/incidentReporting/" + (extortion ? "extortionHours" : "initialHours");
        String what = extortion ? "notice of an extortion payment" : "initial incident report";
        return List.of(limit(m, null, path, hours, false, "hours", what,
                "how many hours the incident plan takes to give the regulator the " + what));
    }

    /** OWN_FUNDS_INSURANCE_*: each policy counted toward own funds; none counted meets it. */
    static List<RegimeCheck> ownFundsPolicies(Measure m) {
        List<Policy> policies = m.profile().policies();
        List<RegimeCheck> checks = new ArrayList<>();
        for (int i = 0; i < policies.size(); i++) {
            Policy p = policies.get(i);
            if (!Boolean.TRUE.equals(p.usedForOwnFunds())) {
                continue;
            }
            String at = "/insurance/policies/" + i + "/";
            checks.add(switch (m.figure().kind()) {
                case OWN_FUNDS_INSURANCE_TERM -> limit(m, p.label(), at + "termMonths", p.termMonths(), true, "months",
                        "term", "the policy's term in months");
                case OWN_FUNDS_INSURANCE_NOTICE -> limit(m, p.label(), at + "cancellationNoticeDays",
                        p.cancellationNoticeDays(), true, "days", "cancellation notice",
                        "the days of notice the insurer must give to cancel");
                default -> gate(m, p.label(), at + "custodyLiabilityCovered", p.custodyLiabilityCovered(),
                        p.custodyLiabilityCovered(), p.label() + " does not cover liability for assets lost in custody",
                        "whether the policy covers liability to clients for assets lost in custody");
            });
        }
        if (checks.isEmpty()) {
            return List.of(new GateCheck(m.regime(), m.figure(), null, CheckStatus.MET,
                    "no policy is counted toward own funds (usedForOwnFunds)", null, List.of(), null));
        }
        return checks;
    }

    private static LimitCheck limit(Measure m, String subject, String path, Integer actual, boolean atLeast, String unit,
            String what, String ask) {
        int limit = m.figure().whole();
        CheckStatus status = actual == null ? CheckStatus.NOT_ASSESSABLE
                : (atLeast ? actual >= limit : actual <= limit) ? CheckStatus.MET : CheckStatus.NOT_MET;
        String measured = actual == null ? what + " not given"
                : what + " " + actual + " " + unit + " (" + (atLeast ? "at least " : "at most ") + limit + ")";
        return new LimitCheck(m.regime(), m.figure(), subject, status, measured,
                actual == null ? new Missing(path, ask) : null, List.of(path), actual, limit, atLeast, unit);
    }

    /** PENETRATION_TEST: the last test's date plus the cadence is not yet past. */
    static List<RegimeCheck> penetrationTest(Measure m) {
        LocalDate last = m.profile().controls().lastPenetrationTest();
        return List.of(age(m, "/controls/lastPenetrationTest", last, "penetration test",
                new Missing("/controls/lastPenetrationTest", "when the last third-party penetration test was completed")));
    }

    /**
     * ASSURANCE_REPORT: the latest period end among reports of the kinds that count. No such report at all is not
     * met; reports of those kinds without a period end are not assessable.
     */
    static List<RegimeCheck> assuranceReport(Measure m) {
        List<AssuranceReport> all = m.profile().controls().allAssuranceReports();
        String kinds = Wording.list(m.figure().reportKinds()).replace(" and ", " or ");
        if (all.isEmpty()) {
            return List.of(age(m, "/controls/assuranceReports", null, kinds + " report",
                    new Missing("/controls/assuranceReports", "the assurance reports held and their period ends")));
        }
        List<AssuranceReport> counted = all.stream().filter(r -> m.figure().reportKinds().contains(r.kind())).toList();
        if (counted.isEmpty()) {
            return List.of(new AgeCheck(m.regime(), m.figure(), null, CheckStatus.NOT_MET, "no " + kinds + " report: "
                    + "the profile lists " + Wording.list(all.stream().map(AssuranceReport::kind).toList()), null,
                    List.of(reportsPointer(m)), null, m.figure().whole(), null, kinds + " report"));
        }
        AssuranceReport latest = counted.stream().filter(r -> r.periodEnd() != null)
                .max(Comparator.comparing(AssuranceReport::periodEnd)).orElse(null);
        if (latest == null) {
            return List.of(age(m, reportsPointer(m), null, kinds + " report", new Missing(reportsPointer(m),
                    "the period end of the " + kinds + " report")));
        }
        int index = m.profile().controls().assuranceReports().indexOf(latest);
        return List.of(age(m, "/controls/assuranceReports/" + index + "/periodEnd", latest.periodEnd(),
                latest.kind() + " report (period end)", null));
    }

    private static String reportsPointer(Measure m) {
        return m.profile().controls().assuranceReports().isEmpty() ? "/controls/soc2" : "/controls/assuranceReports";
    }

    private static AgeCheck age(Measure m, String path, LocalDate date, String what, Missing missing) {
        int months = m.figure().whole();
        if (date == null) {
            return new AgeCheck(m.regime(), m.figure(), null, CheckStatus.NOT_ASSESSABLE, what + ": date not given",
                    missing, List.of(path), null, months, null, what);
        }
        LocalDate due = date.plusMonths(months);
        boolean met = !due.isBefore(m.today());
        return new AgeCheck(m.regime(), m.figure(), null, met ? CheckStatus.MET : CheckStatus.NOT_MET, what + " "
                + date + (met ? ", current until " + due : ", the next was due by " + due), null, List.of(path), date,
                months, due, what);
    }
}
