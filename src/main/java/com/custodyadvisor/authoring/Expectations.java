package com.custodyadvisor.authoring;

import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.advisory.Verdict;
import com.custodyadvisor.profile.Need;
import com.custodyadvisor.profile.Tier;
import java.util.List;
import java.util.Map;

/**
 * What a scenario expects. Every list may be left out.
 *
 * @param findings finding ids that must be in the advisory
 * @param absent finding ids that must not be
 * @param fired rule ids that must fire (also for rules that make no finding, e.g. matching rules)
 * @param notFired rule ids that must not fire
 * @param severities finding id to the severity it must have
 * @param maxSeverity no open finding may be more severe than this
 * @param waived finding ids that must be in the advisory as WAIVED
 * @param topProviders provider ids that must each be among the first three
 * @param firstProvider the provider that must rank first
 * @param providers provider ids that must be recommended (anywhere)
 * @param absentProviders provider ids that must not be recommended
 * @param needs needs (stated or derived) the advisory must work with
 * @param errors JSON Pointers the profile must be rejected at (the profile is expected to be invalid)
 * @param detailContains finding id to text its detail must contain
 * @param reasons provider id to texts that must each be in one of its fit reasons
 * @param absentReasons provider id (or {@code *} for every provider) to texts none of its reasons may contain
 * @param fits provider id to the fit it must have
 * @param plan steps the plan must have, in this order (others may come between), each with these providers
 *             in this order (others may come between)
 * @param notInPlan step id to providers that step must not have
 * @param scenarios loss scenario id to the figures it must have (any of lossUsd, insuredUsd, retainedUsd,
 *                  uninsuredUsd); the scenario must be declared
 * @param absentScenarios loss scenario ids that must not be declared
 * @param assessedTiers wallet pointer (e.g. /wallets/1) to the tier it must be assessed in
 * @param covered root finding id to the ids it must list as covered (they must not stand on their own)
 * @param openQuestions JSON Pointers the advisory must ask about (open questions)
 * @param notAsked JSON Pointers it must not ask about
 * @param remediationContains finding id to text its remediation must contain (the finding must stand on its own)
 * @param target the plan's target limit: the figures it must have and its layers, lowest first (null: not checked)
 */
public record Expectations(List<String> findings, List<String> absent, List<String> fired, List<String> notFired,
                           Map<String, Severity> severities, Severity maxSeverity, Verdict verdict,
                           List<String> waived, List<String> topProviders, String firstProvider,
                           List<String> providers, List<String> absentProviders, List<Need> needs,
                           List<String> errors, Map<String, String> detailContains,
                           Map<String, List<String>> reasons, Map<String, List<String>> absentReasons,
                           Map<String, Integer> fits, List<PlanStepExpectation> plan,
                           Map<String, List<String>> notInPlan, Map<String, Map<String, Long>> scenarios,
                           List<String> absentScenarios, Map<String, Tier> assessedTiers,
                           Map<String, List<String>> covered, List<String> openQuestions, List<String> notAsked,
                           Map<String, String> remediationContains, TargetExpectation target) {

    /**
     * The plan's target limit: each figure given must match; {@code layers}, when given, are all its layers in order.
     * {@code none: true} expects no target at all.
     */
    public record TargetExpectation(Boolean none, String scenario, Long lossUsd, Long targetUsd, Long reduceFirstUsd,
                                    Long uninsuredUsd, Long toPlaceUsd, Boolean answered,
                                    List<LayerExpectation> layers) {
    }

    /** A layer of the sketch: each field given must match. */
    public record LayerExpectation(String kind, Boolean inForce, Long attachmentUsd, Long limitUsd, String step) {
    }

    /** A step the plan must have, with providers it must have, in order. */
    public record PlanStepExpectation(String step, List<String> providers) {

        public PlanStepExpectation {
            providers = providers == null ? List.of() : List.copyOf(providers);
        }
    }

    public Expectations {
        findings = findings == null ? List.of() : List.copyOf(findings);
        absent = absent == null ? List.of() : List.copyOf(absent);
        fired = fired == null ? List.of() : List.copyOf(fired);
        notFired = notFired == null ? List.of() : List.copyOf(notFired);
        severities = severities == null ? Map.of() : Map.copyOf(severities);
        waived = waived == null ? List.of() : List.copyOf(waived);
        topProviders = topProviders == null ? List.of() : List.copyOf(topProviders);
        providers = providers == null ? List.of() : List.copyOf(providers);
        absentProviders = absentProviders == null ? List.of() : List.copyOf(absentProviders);
        needs = needs == null ? List.of() : List.copyOf(needs);
        errors = errors == null ? List.of() : List.copyOf(errors);
        detailContains = detailContains == null ? Map.of() : Map.copyOf(detailContains);
        reasons = reasons == null ? Map.of() : Map.copyOf(reasons);
        absentReasons = absentReasons == null ? Map.of() : Map.copyOf(absentReasons);
        fits = fits == null ? Map.of() : Map.copyOf(fits);
        plan = plan == null ? List.of() : List.copyOf(plan);
        notInPlan = notInPlan == null ? Map.of() : Map.copyOf(notInPlan);
        scenarios = scenarios == null ? Map.of() : Map.copyOf(scenarios);
        absentScenarios = absentScenarios == null ? List.of() : List.copyOf(absentScenarios);
        assessedTiers = assessedTiers == null ? Map.of() : Map.copyOf(assessedTiers);
        covered = covered == null ? Map.of() : Map.copyOf(covered);
        openQuestions = openQuestions == null ? List.of() : List.copyOf(openQuestions);
        notAsked = notAsked == null ? List.of() : List.copyOf(notAsked);
        remediationContains = remediationContains == null ? Map.of() : Map.copyOf(remediationContains);
    }

    public static Expectations none() {
        return new Expectations(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Rule ids this scenario says must fire (findings and rules). */
    public List<String> firing() {
        return java.util.stream.Stream.of(findings.stream(), fired.stream(), covered.keySet().stream(),
                covered.values().stream().flatMap(List::stream)).flatMap(s -> s).distinct().toList();
    }

    /** Rule ids this scenario says must stay quiet. */
    public List<String> quiet() {
        return java.util.stream.Stream.concat(absent.stream(), notFired.stream()).distinct().toList();
    }
}
