package com.custodyadvisor.regulation;

import com.custodyadvisor.exposure.Exposure;
import com.custodyadvisor.profile.Profile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The regimes that apply to a profile and how it stands against each of their figures, worked out once per
 * advisory: rules judge the checks ({@link #facts()}); the advisory lists every regime with its checks.
 */
public final class Regulation {

    private final List<AppliedRegime> applied;
    private final List<RegimeCheck> checks;

    private Regulation(List<AppliedRegime> applied, List<RegimeCheck> checks) {
        this.applied = List.copyOf(applied);
        this.checks = List.copyOf(checks);
    }

    /** The regimes of the table that apply to the profile, each figure measured on the exposure model's tiers. */
    public static Regulation of(Profile profile, Exposure exposure, RegimeTable table, LocalDate today) {
        List<AppliedRegime> applied = Applicability.of(profile.firm(), table);
        List<RegimeCheck> checks = new ArrayList<>();
        for (AppliedRegime regime : applied) {
            for (RegimeFigure figure : regime.regime().figures()) {
                Measure m = new Measure(regime, figure, profile, exposure, today);
                checks.addAll(switch (figure.kind()) {
                    case COLD_FLOOR -> HoldingChecks.coldFloor(m);
                    case INSURANCE_COVER -> HoldingChecks.insuranceCover(m);
                    case OWN_RESERVE -> HoldingChecks.ownReserve(m);
                    case ASSETS_MATCH_OWED -> HoldingChecks.assetsMatchOwed(m);
                    case NO_REHYPOTHECATION, CLIENT_SEGREGATION, SEPARATE_CUSTODY_ENTITY, RECONCILIATION ->
                            PracticeChecks.gate(m);
                    case SUBCUSTODIAN_APPROVAL -> PracticeChecks.subCustodians(m);
                    case INCIDENT_NOTICE, EXTORTION_NOTICE -> PracticeChecks.clock(m);
                    case PENETRATION_TEST -> PracticeChecks.penetrationTest(m);
                    case ASSURANCE_REPORT -> PracticeChecks.assuranceReport(m);
                    case OWN_FUNDS_INSURANCE_TERM, OWN_FUNDS_INSURANCE_NOTICE, OWN_FUNDS_INSURANCE_CUSTODY_LIABILITY ->
                            PracticeChecks.ownFundsPolicies(m);
                });
            }
        }
        return new Regulation(applied, checks);
    }

    /** The regimes applied, in the table's order. */
    public List<AppliedRegime> applied() {
        return applied;
    }

    /** Every check, regime by regime, in the order of their figures. */
    public List<RegimeCheck> checks() {
        return checks;
    }

    /** The checks of one applied regime. */
    public List<RegimeCheck> checksOf(AppliedRegime regime) {
        return checks.stream().filter(c -> c.applied() == regime).toList();
    }

    /** What rules match on: the regimes applied and every check. */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>(applied);
        facts.addAll(checks);
        return facts;
    }
}
