package com.custodyadvisor.authoring;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.advisory.CoveredFinding;
import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.advisory.FirmNeed;
import com.custodyadvisor.advisory.OpenQuestion;
import com.custodyadvisor.advisory.Plan;
import com.custodyadvisor.advisory.PlanStep;
import com.custodyadvisor.advisory.PlannedProvider;
import com.custodyadvisor.advisory.ProviderMatch;
import com.custodyadvisor.advisory.ProgrammeTarget;
import com.custodyadvisor.advisory.ScenarioLoss;
import com.custodyadvisor.advisory.SketchLayer;
import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.advisory.WalletAssessment;
import com.custodyadvisor.catalog.Catalog;
import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.document.Problem;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.engine.AdvisoryRun;
import com.custodyadvisor.engine.RuleExecutionException;
import com.custodyadvisor.engine.RuleInfo;
import com.custodyadvisor.engine.RuleSet;
import com.custodyadvisor.profile.InvalidProfileException;
import com.custodyadvisor.profile.Need;
import com.custodyadvisor.profile.ProfileReader;
import com.custodyadvisor.profile.SubmittedProfile;
import com.custodyadvisor.scoring.ScoringTable;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs scenarios against a compiled rule set and says, for each, which expectations it did not meet. */
public final class ScenarioRunner {

    private final RuleSet ruleSet;
    private final Catalog defaultCatalog;
    private final ProfileReader reader = new ProfileReader();
    private final Set<String> ruleIds;

    public ScenarioRunner(RuleSet ruleSet, Catalog defaultCatalog) {
        this.ruleSet = ruleSet;
        this.defaultCatalog = defaultCatalog;
        this.ruleIds = ruleSet.rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
    }

    public ScenarioResult run(Scenario scenario) {
        long start = System.nanoTime();
        List<String> failures = new ArrayList<>();
        Set<RuleInfo> fired = Set.of();
        if (scenario.loadError() != null) {
            failures.add(scenario.loadError());
        } else {
            fired = runLoaded(scenario, failures);
        }
        return new ScenarioResult(scenario, failures, fired, System.nanoTime() - start);
    }

    private Set<RuleInfo> runLoaded(Scenario scenario, List<String> failures) {
        Expectations expect = scenario.expect();
        checkNamesExist(expect, failures);
        Clock clock = scenario.today() == null ? Clock.systemUTC()
                : Clock.fixed(scenario.today().atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        SubmittedProfile submitted;
        try {
            submitted = reader.withClock(clock).read(Mappers.JSON.writeValueAsBytes(scenario.profile()));
        } catch (InvalidProfileException e) {
            if (expect.errors().isEmpty()) {
                failures.add("the profile is invalid: " + e.problems().stream().map(Problem::describe)
                        .collect(Collectors.joining("; ")));
            } else {
                Set<String> paths = e.problems().stream().map(Problem::path).collect(Collectors.toSet());
                for (String pointer : expect.errors()) {
                    if (!paths.contains(pointer)) {
                        failures.add("expected the profile to be rejected at " + pointer + ", but the problems are: "
                                + e.problems().stream().map(Problem::describe).collect(Collectors.joining("; ")));
                    }
                }
            }
            return Set.of();
        }
        if (!expect.errors().isEmpty()) {
            failures.add("expected the profile to be rejected at " + String.join(", ", expect.errors())
                    + ", but it is valid");
            return Set.of();
        }
        Catalog catalog = scenario.catalog() == null ? defaultCatalog : scenario.catalog();
        AdvisoryRun run;
        try {
            run = new Advisor(ruleSet, catalog, Advisor.DEFAULT_FIRING_LIMIT, clock).run(submitted);
        } catch (RuleExecutionException e) {
            failures.add(e.getMessage());
            return Set.of();
        }
        check(expect, run, failures);
        return run.firedRules();
    }

    /** A misspelt id would make "absent" pass for nothing; every id named must exist. */
    private void checkNamesExist(Expectations expect, List<String> failures) {
        List<String> ids = new ArrayList<>();
        ids.addAll(expect.findings());
        ids.addAll(expect.absent());
        ids.addAll(expect.fired());
        ids.addAll(expect.notFired());
        ids.addAll(expect.waived());
        ids.addAll(expect.severities().keySet());
        ids.addAll(expect.detailContains().keySet());
        ids.addAll(expect.covered().keySet());
        ids.addAll(expect.remediationContains().keySet());
        expect.covered().values().forEach(ids::addAll);
        ids.stream().distinct().filter(id -> !ruleIds.contains(id))
                .forEach(id -> failures.add("the scenario names " + id + ", which no rule has"));
        Set<String> steps = ruleSet.scoring().approach().steps().stream().map(ScoringTable.ApproachStep::id)
                .collect(Collectors.toSet());
        java.util.stream.Stream.concat(expect.plan().stream().map(Expectations.PlanStepExpectation::step),
                        expect.notInPlan().keySet().stream()).distinct().filter(step -> !steps.contains(step))
                .forEach(step -> failures.add("the scenario names step " + step + ", which the order of approach "
                        + "does not have (steps: " + String.join(", ", steps.stream().sorted().toList()) + ")"));
    }

    private static void check(Expectations expect, AdvisoryRun run, List<String> failures) {
        Advisory advisory = run.advisory();
        Map<String, Finding> findings = advisory.findings().stream()
                .collect(Collectors.toMap(Finding::id, f -> f, (a, b) -> a));
        String found = findings.isEmpty() ? "none" : String.join(", ", findings.keySet());
        // a covered finding is checked for its severity and detail where it is listed, under its root
        Map<String, CoveredFinding> covered = new java.util.LinkedHashMap<>();
        advisory.findings().forEach(f -> f.covers().forEach(c -> covered.putIfAbsent(c.id(), c)));
        expect.covered().forEach((root, ids) -> {
            Finding f = findings.get(root);
            List<String> under = f == null ? List.of() : f.covers().stream().map(CoveredFinding::id).toList();
            for (String id : ids) {
                if (f == null) {
                    failures.add("expected " + root + " to cover " + id + ", but " + root + " is not in the advisory "
                            + "(findings: " + found + ")");
                } else if (!under.contains(id)) {
                    failures.add("expected " + root + " to cover " + id + ", but it covers " + (under.isEmpty() ? "none"
                            : String.join(", ", under)) + (findings.containsKey(id) ? "; " + id + " stands on its own" : ""));
                }
            }
        });
        List<String> asked = advisory.openQuestions().stream().map(OpenQuestion::pointer).toList();
        expect.openQuestions().stream().filter(p -> !asked.contains(p)).forEach(p -> failures.add("expected an open "
                + "question about " + p + ", but the advisory asks about " + (asked.isEmpty() ? "nothing" : String.join(", ", asked))));
        expect.notAsked().stream().filter(asked::contains).forEach(p -> failures.add("expected no open question about "
                + p + ", but the advisory asks it"));
        for (String id : expect.findings()) {
            if (!findings.containsKey(id)) {
                failures.add("expected finding " + id + ", but it is not in the advisory (findings: " + found + ")");
            }
        }
        for (String id : expect.absent()) {
            if (findings.containsKey(id)) {
                failures.add("expected no " + id + ", but it is there: " + findings.get(id).detail());
            }
        }
        for (String id : expect.fired()) {
            if (!run.firedRuleIds().contains(id)) {
                failures.add("expected rule " + id + " to fire, but it did not");
            }
        }
        for (String id : expect.notFired()) {
            if (run.firedRuleIds().contains(id)) {
                failures.add("expected rule " + id + " not to fire, but it did");
            }
        }
        expect.severities().forEach((id, severity) -> {
            Severity actual = findings.containsKey(id) ? findings.get(id).severity()
                    : covered.containsKey(id) ? covered.get(id).severity() : null;
            if (actual == null) {
                failures.add("expected " + id + " at " + severity + ", but it is not in the advisory");
            } else if (actual != severity) {
                failures.add("expected " + id + " at " + severity + ", but it is " + actual);
            }
        });
        expect.detailContains().forEach((id, text) -> {
            String detail = findings.containsKey(id) ? findings.get(id).detail()
                    : covered.containsKey(id) ? covered.get(id).detail() : null;
            if (detail == null) {
                failures.add("expected " + id + " with \"" + text + "\" in its detail, but it is not in the advisory");
            } else if (!detail.contains(text)) {
                failures.add("expected " + id + "'s detail to contain \"" + text + "\", but it reads: " + detail);
            }
        });
        expect.remediationContains().forEach((id, text) -> {
            Finding f = findings.get(id);
            if (f == null) {
                failures.add("expected " + id + " with \"" + text + "\" in its remediation, but it is not in the advisory");
            } else if (f.remediation() == null || !f.remediation().contains(text)) {
                failures.add("expected " + id + "'s remediation to contain \"" + text + "\", but it reads: " + f.remediation());
            }
        });
        if (expect.maxSeverity() != null) {
            advisory.findings().stream()
                    .filter(f -> f.isOpen() && f.severity().ordinal() < expect.maxSeverity().ordinal())
                    .forEach(f -> failures.add("expected nothing above " + expect.maxSeverity() + ", but " + f.id()
                            + " is " + f.severity() + ": " + f.detail()));
        }
        if (expect.verdict() != null && advisory.summary().verdict() != expect.verdict()) {
            failures.add("expected verdict " + expect.verdict() + ", but it is " + advisory.summary().verdict()
                    + " (" + countsText(advisory) + ")");
        }
        for (String id : expect.waived()) {
            Finding f = findings.get(id);
            if (f == null || f.isOpen()) {
                failures.add("expected " + id + " to be WAIVED, but it is " + (f == null ? "not in the advisory" : "OPEN"));
            }
        }
        List<ProviderMatch> providers = advisory.providers();
        String ranking = providers.isEmpty() ? "none" : providers.stream().map(p -> p.id() + " (" + p.fit() + ")")
                .collect(Collectors.joining(", "));
        List<String> topThree = providers.stream().limit(3).map(ProviderMatch::id).toList();
        for (String id : expect.topProviders()) {
            if (!topThree.contains(id)) {
                failures.add("expected " + id + " among the first three providers, but the ranking is: " + ranking);
            }
        }
        if (expect.firstProvider() != null && (providers.isEmpty()
                || !providers.get(0).id().equals(expect.firstProvider()))) {
            failures.add("expected " + expect.firstProvider() + " first, but the ranking is: " + ranking);
        }
        Set<String> recommended = providers.stream().map(ProviderMatch::id).collect(Collectors.toSet());
        for (String id : expect.providers()) {
            if (!recommended.contains(id)) {
                failures.add("expected " + id + " to be recommended, but the ranking is: " + ranking);
            }
        }
        for (String id : expect.absentProviders()) {
            if (recommended.contains(id)) {
                failures.add("expected " + id + " not to be recommended, but the ranking is: " + ranking);
            }
        }
        checkReasons(expect, providers, ranking, failures);
        checkPlan(expect, advisory.plan(), failures);
        checkExposure(expect, advisory, failures);
        checkTarget(expect.target(), advisory.plan().target(), failures);
        Set<Need> needs = advisory.needs().stream().map(FirmNeed::need).collect(Collectors.toSet());
        for (Need need : expect.needs()) {
            if (!needs.contains(need)) {
                failures.add("expected need " + need + ", but the needs are: " + (needs.isEmpty() ? "none" : needs));
            }
        }
    }

    /** The plan's target limit and its layers. */
    private static void checkTarget(Expectations.TargetExpectation expect, ProgrammeTarget target,
                                    List<String> failures) {
        if (expect == null) {
            return;
        }
        if (Boolean.TRUE.equals(expect.none())) {
            if (target != null) {
                failures.add("expected no target limit, but the plan sizes one to " + target.scenario());
            }
            return;
        }
        if (target == null) {
            failures.add("expected a target limit, but the plan has none");
            return;
        }
        String shown = " (" + target.scenario() + ": " + target.advice() + ")";
        check("target scenario", expect.scenario(), target.scenario(), shown, failures);
        check("target lossUsd", expect.lossUsd(), target.lossUsd(), shown, failures);
        check("targetUsd", expect.targetUsd(), target.targetUsd(), shown, failures);
        check("target reduceFirstUsd", expect.reduceFirstUsd(), target.reduceFirstUsd(), shown, failures);
        check("target uninsuredUsd", expect.uninsuredUsd(), target.uninsuredUsd(), shown, failures);
        check("target toPlaceUsd", expect.toPlaceUsd(), target.toPlaceUsd(), shown, failures);
        check("target answered", expect.answered(), target.answered(), shown, failures);
        if (expect.layers() == null) {
            return;
        }
        List<SketchLayer> layers = target.layers();
        String sketch = layers.stream().map(l -> l.kind() + " " + l.limitUsd() + " xs " + l.attachmentUsd()
                + (l.inForce() ? " in force" : " by " + l.step())).collect(Collectors.joining("; "));
        if (layers.size() != expect.layers().size()) {
            failures.add("expected " + expect.layers().size() + " layers in the sketch, but it has " + layers.size()
                    + ": " + sketch);
            return;
        }
        for (int i = 0; i < layers.size(); i++) {
            Expectations.LayerExpectation e = expect.layers().get(i);
            SketchLayer l = layers.get(i);
            String at = "layer " + (i + 1) + " ";
            String all = " (sketch: " + sketch + ")";
            check(at + "kind", e.kind(), l.kind(), all, failures);
            check(at + "inForce", e.inForce(), l.inForce(), all, failures);
            check(at + "attachmentUsd", e.attachmentUsd(), l.attachmentUsd(), all, failures);
            check(at + "limitUsd", e.limitUsd(), l.limitUsd(), all, failures);
            check(at + "step", e.step(), l.step(), all, failures);
        }
    }

    /** Adds a failure where an expected value (null: not checked) differs from the actual one. */
    private static void check(String what, Object expected, Object actual, String shown, List<String> failures) {
        if (expected != null && !expected.equals(actual)) {
            failures.add("expected " + what + " " + expected + ", but it is " + actual + shown);
        }
    }

    /** The loss scenarios declared, with their figures, and the tiers wallets are assessed in. */
    private static void checkExposure(Expectations expect, Advisory advisory, List<String> failures) {
        Map<String, ScenarioLoss> scenarios = advisory.scenarios().stream()
                .collect(Collectors.toMap(ScenarioLoss::id, s -> s));
        String declared = scenarios.isEmpty() ? "none" : String.join(", ", scenarios.keySet());
        expect.scenarios().forEach((id, figures) -> {
            ScenarioLoss s = scenarios.get(id);
            if (s == null) {
                failures.add("expected loss scenario " + id + ", but it is not declared (scenarios: " + declared + ")");
                return;
            }
            Map<String, Long> actual = Map.of("lossUsd", s.lossUsd(), "insuredUsd", s.insuredUsd(), "retainedUsd",
                    s.retainedUsd(), "uninsuredUsd", s.uninsuredUsd());
            figures.forEach((field, value) -> {
                if (!value.equals(actual.get(field))) {
                    failures.add("expected scenario " + id + " with " + field + " " + value + ", but it is "
                            + actual.get(field) + " (" + s.about() + ")");
                }
            });
        });
        for (String id : expect.absentScenarios()) {
            if (scenarios.containsKey(id)) {
                failures.add("expected no loss scenario " + id + ", but it is declared: " + scenarios.get(id).about());
            }
        }
        Map<String, WalletAssessment> wallets = advisory.wallets().stream()
                .collect(Collectors.toMap(WalletAssessment::path, w -> w));
        expect.assessedTiers().forEach((path, tier) -> {
            WalletAssessment w = wallets.get(path);
            if (w == null) {
                failures.add("expected a wallet at " + path + ", but the profile has none there");
            } else if (w.assessedTier() != tier) {
                failures.add("expected " + path + " assessed " + tier + ", but it is " + w.assessedTier() + " ("
                        + w.reason() + ")");
            }
        });
    }

    /** What each provider's fit is made of: its reasons (by text) and its fit. */
    private static void checkReasons(Expectations expect, List<ProviderMatch> providers, String ranking,
                                     List<String> failures) {
        Map<String, ProviderMatch> byId = providers.stream().collect(Collectors.toMap(ProviderMatch::id, p -> p));
        expect.reasons().forEach((id, texts) -> {
            ProviderMatch p = byId.get(id);
            for (String text : texts) {
                if (p == null) {
                    failures.add("expected " + id + " with a reason containing \"" + text + "\", but it is not "
                            + "recommended (ranking: " + ranking + ")");
                } else if (p.reasons().stream().noneMatch(r -> r.contains(text))) {
                    failures.add("expected a reason of " + id + " containing \"" + text + "\", but its reasons are: "
                            + p.reasons());
                }
            }
        });
        expect.absentReasons().forEach((id, texts) -> {
            List<ProviderMatch> which = id.equals("*") ? providers
                    : byId.containsKey(id) ? List.of(byId.get(id)) : List.of();
            for (ProviderMatch p : which) {
                texts.stream().filter(text -> p.reasons().stream().anyMatch(r -> r.contains(text)))
                        .forEach(text -> failures.add("expected no reason of " + p.id() + " containing \"" + text
                                + "\", but its reasons are: " + p.reasons()));
            }
        });
        expect.fits().forEach((id, fit) -> {
            ProviderMatch p = byId.get(id);
            if (p == null || p.fit() != fit) {
                failures.add("expected " + id + " at fit " + fit + ", but the ranking is: " + ranking);
            }
        });
    }

    /** The plan's steps and their providers, each in the order expected (others may come between). */
    private static void checkPlan(Expectations expect, Plan plan, List<String> failures) {
        String shown = plan.steps().isEmpty() ? "no steps" : plan.steps().stream()
                .map(s -> s.step() + " " + s.providers().stream().map(PlannedProvider::id).toList())
                .collect(Collectors.joining(", "));
        List<String> steps = plan.steps().stream().map(PlanStep::step).toList();
        int from = 0;
        for (Expectations.PlanStepExpectation want : expect.plan()) {
            int at = steps.subList(from, steps.size()).indexOf(want.step());
            if (at < 0) {
                failures.add("expected step " + want.step() + (from > 0 ? " after " + steps.get(from - 1) : "")
                        + " in the plan, but the plan is: " + shown);
                continue;
            }
            from += at + 1;
            List<String> ids = plan.steps().get(from - 1).providers().stream().map(PlannedProvider::id).toList();
            if (!inOrder(want.providers(), ids)) {
                failures.add("expected " + want.providers() + " in step " + want.step() + " in that order, but the plan "
                        + "is: " + shown);
            }
        }
        expect.notInPlan().forEach((step, absent) -> plan.steps().stream().filter(s -> s.step().equals(step))
                .flatMap(s -> s.providers().stream()).filter(p -> absent.contains(p.id()))
                .forEach(p -> failures.add("expected no " + p.id() + " in step " + step + ", but the plan is: " + shown)));
    }

    /** True when every one of {@code wanted} is in {@code actual}, in the same order. */
    private static boolean inOrder(List<String> wanted, List<String> actual) {
        int from = 0;
        for (String id : wanted) {
            int at = actual.subList(from, actual.size()).indexOf(id);
            if (at < 0) {
                return false;
            }
            from += at + 1;
        }
        return true;
    }

    private static String countsText(Advisory advisory) {
        String counts = advisory.summary().counts().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        List<String> blocking = advisory.summary().blockingQuestions();
        return (counts.isEmpty() ? "no open findings" : counts)
                + (blocking.isEmpty() ? "" : "; open questions keep it from READY: " + String.join(", ", blocking));
    }
}
