package com.custodyadvisor.engine;

import com.custodyadvisor.advisory.CcssSummary;
import com.custodyadvisor.advisory.RegimeCheckResult;
import com.custodyadvisor.advisory.RegimeResult;
import com.custodyadvisor.ccss.AspectLevel;
import com.custodyadvisor.ccss.CcssAssessment;
import com.custodyadvisor.profile.Controls;
import com.custodyadvisor.regulation.AppliedRegime;
import com.custodyadvisor.regulation.CheckStatus;
import com.custodyadvisor.regulation.RegimeCheck;
import com.custodyadvisor.regulation.RegimeTable;
import com.custodyadvisor.regulation.Regulation;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The regimes applied and the CCSS levels as the advisory gives them: each regime's checks with the finding that
 * reports the ones not met, and each CCSS aspect with what its next level needs.
 */
final class RegulationView {

    private RegulationView() {
    }

    /** How a finding names the regulator's text it rests on: "JP (JFSA): Payment Services Act [P: primary text]". */
    static String source(RegimeCheck check, RegimeTable table) {
        return check.regimeLabel() + ": " + check.figure().source() + " " + check.certainty().mark().replace("]", ": "
                + table.weighing(check.certainty()).label() + "]");
    }

    /** Every regime applied, with its checks; a check not met names the finding whose part reported it. */
    static List<RegimeResult> regimes(Regulation regulation, List<FindingPart> parts, RegimeTable table) {
        Map<RegimeCheck, String> reportedBy = new IdentityHashMap<>();
        parts.forEach(p -> p.checks().forEach(c -> reportedBy.putIfAbsent(c, p.definition().id())));
        return regulation.applied().stream().map(applied -> regime(applied, regulation.checksOf(applied), reportedBy,
                table)).toList();
    }

    private static RegimeResult regime(AppliedRegime applied, List<RegimeCheck> checks,
            Map<RegimeCheck, String> reportedBy, RegimeTable table) {
        List<RegimeCheckResult> results = checks.stream().map(c -> new RegimeCheckResult(c.kind(),
                c.kind().obligation(), c.figure().requirement(), c.figure().says(), c.certainty(),
                table.weighing(c.certainty()).label(), c.figure().source(), c.subject(), c.status(), c.measured(),
                c.isNotMet() ? reportedBy.get(c) : null,
                c.missing() == null ? null : new RegimeCheckResult.MissingField(c.missing().path(), c.missing().ask()),
                c.pointers())).toList();
        CheckStatus status = checks.stream().anyMatch(RegimeCheck::isNotMet) ? CheckStatus.NOT_MET
                : checks.stream().anyMatch(RegimeCheck::isNotAssessable) ? CheckStatus.NOT_ASSESSABLE : CheckStatus.MET;
        return new RegimeResult(applied.id(), applied.regime().name(), applied.regime().jurisdiction(),
                applied.regime().regulator(), applied.reasons().stream()
                        .map(r -> new RegimeResult.AppliedReason(r.why(), r.path())).toList(),
                status, results, applied.regime().notes());
    }

    static CcssSummary ccss(CcssAssessment assessment, Controls controls) {
        List<CcssSummary.Aspect> aspects = assessment.aspects().stream().map(RegulationView::aspect).toList();
        return new CcssSummary(assessment.level(), controls.ccssTarget(), controls.ccssClaimed(),
                assessment.notAssessed().stream().map(a -> a.aspect().number()).toList(), aspects);
    }

    private static CcssSummary.Aspect aspect(AspectLevel a) {
        CcssSummary.Next next = a.next() == null ? null : new CcssSummary.Next(a.next().level(), a.next().number(),
                a.next().text(), Boolean.FALSE.equals(a.nextInPlace()) ? CcssSummary.RequirementState.NOT_IN_PLACE
                        : CcssSummary.RequirementState.NOT_CONFIRMED, a.next().path());
        return new CcssSummary.Aspect(a.aspect().number(), a.aspect().title(), a.isAssessed() ? a.level() : null,
                a.isExact(), next);
    }
}
