package com.custodyadvisor.advisory;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The answer to a profile: what the HTTP API returns and {@code assess --format json} prints.
 *
 * @param rulesetVersion SHA-256 of the rule files the advice came from
 * @param catalogVersion SHA-256 of the provider catalogue
 * @param findings sorted by severity (CRITICAL first), then id
 * @param plan the order of approach for the programme, with the providers of each step
 * @param providers ranked: by standing, then fit, then the seed's rank
 * @param needs the needs providers were matched on, stated and derived
 * @param scenarios the loss scenarios the rules declared, largest loss first
 * @param programme the programme schedule: own layers, cover relied on but not held, gaps
 * @param wallets each wallet's declared and assessed tier
 * @param coverage storage tiers (assessed) against perils and lines, for the own programme
 * @param regimes the regulators' regimes that apply, each with its figures met, not met or not assessable
 * @param ccss the CCSS level the profile supports, aspect by aspect
 * @param completeness how many of the questions the rules rely on the profile answers
 * @param openQuestions the questions it leaves open, most decisive first
 * @param disclosures losses to disclose to underwriters (the loss history of the last years), latest first
 * @param improvements the smallest set of changes found that clears every CRITICAL and HIGH finding, in the order
 *                     to make them
 * @param pathToReady what the improvements achieve, proved by re-assessing the profile with all of them applied
 * @param actionPlan the improvements and the open questions as dated steps, each with who does it
 */
@JsonPropertyOrder({"rulesetVersion", "catalogVersion", "summary", "completeness", "openQuestions", "findings",
        "disclosures", "plan", "providers", "needs", "scenarios", "programme", "wallets", "coverage", "regimes", "ccss",
        "improvements", "pathToReady", "actionPlan"})
public record Advisory(String rulesetVersion, String catalogVersion, Summary summary, List<Finding> findings,
                       Plan plan, List<ProviderMatch> providers, List<FirmNeed> needs, List<ScenarioLoss> scenarios,
                       ProgrammeSchedule programme, List<WalletAssessment> wallets, CoverageMap coverage,
                       List<RegimeResult> regimes, CcssSummary ccss, Completeness completeness,
                       List<OpenQuestion> openQuestions, List<Disclosure> disclosures,
                       List<Improvement> improvements, PathToReady pathToReady, List<ActionStep> actionPlan) {

    public Advisory {
        openQuestions = openQuestions == null ? List.of() : List.copyOf(openQuestions);
        disclosures = disclosures == null ? List.of() : List.copyOf(disclosures);
        improvements = improvements == null ? List.of() : List.copyOf(improvements);
        actionPlan = actionPlan == null ? List.of() : List.copyOf(actionPlan);
    }

    /** The same advisory with its path to READY worked out. */
    public Advisory improved(List<Improvement> newImprovements, PathToReady newPathToReady,
                             List<ActionStep> newActionPlan) {
        return new Advisory(rulesetVersion, catalogVersion, summary, findings, plan, providers, needs, scenarios,
                programme, wallets, coverage, regimes, ccss, completeness, openQuestions, disclosures, newImprovements,
                newPathToReady, newActionPlan);
    }

    /** The same advisory without explanations (the default output). */
    public Advisory withoutExplanations() {
        return new Advisory(rulesetVersion, catalogVersion, summary,
                findings.stream().map(Finding::withoutExplanations).toList(), plan, providers, needs, scenarios,
                programme, wallets, coverage, regimes, ccss, completeness, openQuestions, disclosures, improvements,
                pathToReady, actionPlan);
    }
}
