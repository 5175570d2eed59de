package com.custodyadvisor.engine;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.advisory.Evidence;
import com.custodyadvisor.advisory.Explanation;
import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.advisory.FindingStatus;
import com.custodyadvisor.advisory.Plan;
import com.custodyadvisor.advisory.PlannedProvider;
import com.custodyadvisor.advisory.ProviderMatch;
import com.custodyadvisor.advisory.PathToReady;
import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.advisory.Summary;
import com.custodyadvisor.advisory.Verdict;
import com.custodyadvisor.catalog.Catalog;
import com.custodyadvisor.catalog.ProviderRole;
import com.custodyadvisor.engine.facts.ProviderExcluded;
import com.custodyadvisor.exposure.Coverage;
import com.custodyadvisor.exposure.Exposure;
import com.custodyadvisor.plan.Planner;
import com.custodyadvisor.profile.Profile;
import com.custodyadvisor.profile.Waiver;
import com.custodyadvisor.regulation.RegimeTable;
import com.custodyadvisor.scoring.Ranker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Turns what the rules produced into the contract's advisory: merged, waived, sorted and summed up. */
final class AdvisoryAssembler {

    /** What a remedy writes where the advisory's recommended brokers go. */
    static final String BROKERS = "{brokers}";

    private AdvisoryAssembler() {
    }

    static Advisory assemble(RuleSet ruleSet, Catalog catalog, Profile profile, Advice advice, LocalDate today) {
        Set<String> waived = profile.waivers().stream().filter(w -> !w.isExpiredOn(today)).map(Waiver::id)
                .collect(Collectors.toSet());
        Covering.Result covering = Covering.of(advice.parts(), waived);
        List<Finding> merged = merge(covering.standing(), ruleSet.regimes()).stream().map(f -> {
            List<FindingPart> covered = covering.coveredByRoot().get(f.id());
            return covered == null ? f : f.covering(sorted(merge(covered, ruleSet.regimes())));
        }).toList();
        List<Finding> findings = sorted(applyWaivers(merged, profile.waivers(), today));
        Set<String> excluded = advice.exclusions().stream().map(ProviderExcluded::providerId).collect(Collectors.toSet());
        List<ProviderMatch> providers = new Ranker(ruleSet.scoring()).rank(catalog, profile, advice.needs(), excluded);
        Plan plan = new Planner(ruleSet.scoring().approach(), ruleSet.parameters()).plan(providers, catalog,
                advice.target(), advice::pathOf);
        String brokers = recommendedBrokers(plan, providers, catalog);
        findings = findings.stream().map(f -> f.filling(BROKERS, brokers)).toList();
        ExposureView exposure = new ExposureView(advice);
        OpenQuestions questions = OpenQuestions.of(ruleSet, advice.tree(), findings);
        Summary summary = summarize(advice.exposure(), findings, questions.blocking());
        return new Advisory(ruleSet.version(), catalog.version(), summary, findings, plan, providers,
                List.copyOf(advice.needs()), exposure.scenarios(), exposure.programme(), exposure.wallets(),
                Coverage.of(advice.exposure()),
                RegulationView.regimes(advice.regulation(), advice.parts(), ruleSet.regimes()),
                RegulationView.ccss(advice.ccss(), profile.controls()), questions.completeness(), questions.open(),
                advice.disclosures(), List.of(), PathToReady.asItStands(summary.verdict(), summary.counts()), List.of());
    }

    /**
     * One finding per id. Its parts read in the order their rules are written, except that parts about
     * items of one list (wallets, policies, waivers) read in profile order, where the first of their rules
     * stands; parts with the same detail pattern share one list of items, the others are sentences one
     * after the other. The finding has the evidence of all and the highest severity any part gave.
     */
    private static List<Finding> merge(List<FindingPart> raw, RegimeTable regimes) {
        Map<String, List<FindingPart>> byId = new LinkedHashMap<>();
        raw.forEach(part -> byId.computeIfAbsent(part.definition().id(), id -> new ArrayList<>()).add(part));
        return byId.values().stream().map(AdvisoryAssembler::inReadingOrder).map(parts -> combine(parts, regimes))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static List<FindingPart> inReadingOrder(List<FindingPart> parts) {
        if (parts.size() == 1) {
            return parts;
        }
        // each part's list, found once: sorting compares parts many times
        List<Placed> placed = new ArrayList<>(parts.size());
        Map<String, Integer> listPlace = new HashMap<>();
        for (FindingPart p : parts) {
            String list = listOf(p.firstPath());
            placed.add(new Placed(p, list, String.join(",", new TreeSet<>(p.concerns()))));
            if (list != null) {
                listPlace.merge(list, p.order(), Math::min);
            }
        }
        Comparator<Placed> place = Comparator.comparingInt(p -> p.list() == null ? p.part().order()
                : listPlace.get(p.list()));
        Comparator<Placed> inList = Comparator.comparing(p -> p.list() == null ? "" : p.part().firstPath(),
                AdvisoryAssembler::comparePointers);
        placed.sort(place.thenComparing(inList).thenComparingInt(p -> p.part().order())
                .thenComparing(p -> p.part().firstPath(), AdvisoryAssembler::comparePointers)
                // parts of one rule about one field (one per peril, say) read in the order of what they concern
                .thenComparing(Placed::concerns));
        return placed.stream().map(Placed::part).toList();
    }

    /** A part, the list its first evidence is in (null when none) and what it concerns, sorted and joined. */
    private record Placed(FindingPart part, String list, String concerns) {
    }

    /** The list a pointer is in ("/insurance/policies" for "/insurance/policies/2/covers"), or null. */
    private static String listOf(String pointer) {
        // the first segment made of digits only ends the list's path
        int start = pointer.indexOf('/');
        while (start >= 0) {
            int end = pointer.indexOf('/', start + 1);
            int stop = end < 0 ? pointer.length() : end;
            if (stop > start + 1 && digits(pointer, start + 1, stop)) {
                return pointer.substring(0, start);
            }
            start = end;
        }
        return null;
    }

    /**
     * Orders JSON Pointers as the document does: "/wallets/2" before "/wallets/10". Segment by segment:
     * two of digits only by their number, others as text; a pointer that is a prefix of the other first.
     */
    static int comparePointers(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            int x = a.indexOf('/', i);
            int y = b.indexOf('/', j);
            int xEnd = x < 0 ? a.length() : x;
            int yEnd = y < 0 ? b.length() : y;
            int c = compareSegments(a, i, xEnd, b, j, yEnd);
            if (c != 0) {
                return c;
            }
            if (x < 0 || y < 0) {
                return Boolean.compare(x >= 0, y >= 0);
            }
            i = x + 1;
            j = y + 1;
        }
    }

    private static int compareSegments(String a, int aFrom, int aTo, String b, int bFrom, int bTo) {
        if (aTo > aFrom && bTo > bFrom && digits(a, aFrom, aTo) && digits(b, bFrom, bTo)
                && aTo - aFrom < 19 && bTo - bFrom < 19) {
            return Long.compare(Long.parseLong(a, aFrom, aTo, 10), Long.parseLong(b, bFrom, bTo, 10));
        }
        return a.substring(aFrom, aTo).compareTo(b.substring(bFrom, bTo));
    }

    private static boolean digits(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * One finding of its parts: their details, evidence and remediations joined, the highest severity any gave,
     * and the header's source followed by the regulators' texts of the checks the parts report.
     */
    private static Finding combine(List<FindingPart> parts, RegimeTable regimes) {
        Map<String, List<FindingPart>> byPattern = new LinkedHashMap<>();
        parts.forEach(p -> byPattern.computeIfAbsent(p.pattern(), k -> new ArrayList<>()).add(p));
        String detail = null;
        String remediation = null;
        List<Evidence> evidence = new ArrayList<>();
        for (Map.Entry<String, List<FindingPart>> group : byPattern.entrySet()) {
            List<String> items = group.getValue().stream().flatMap(p -> p.items().stream()).distinct().toList();
            String sentence = FindingPart.render(group.getKey(), items);
            detail = detail == null ? sentence : detail.contains(sentence) ? detail : detail + " " + sentence;
            for (FindingPart part : group.getValue()) {
                part.evidence().stream().filter(e -> evidence.stream().noneMatch(x -> x.path().equals(e.path())))
                        .forEach(evidence::add);
                String r = part.remediation();
                remediation = remediation == null ? r : r == null || remediation.contains(r) ? remediation
                        : remediation + " " + r;
            }
        }
        Severity severity = parts.stream().map(FindingPart::severity).min(Comparator.naturalOrder()).orElseThrow();
        List<Explanation> explanations = parts.get(0).explanation() == null ? null
                : parts.stream().map(FindingPart::explanation).toList();
        FindingDefinition d = parts.get(0).definition();
        List<String> sources = parts.stream().flatMap(p -> p.checks().stream())
                .map(c -> RegulationView.source(c, regimes)).distinct().toList();
        String source = sources.isEmpty() ? d.source() : d.source() + ": " + String.join("; ", sources);
        return new Finding(d.id(), d.title(), severity, d.category(), FindingStatus.OPEN, detail, remediation,
                source, evidence, null, explanations, List.of());
    }

    /**
     * The brokers the advisory recommends, for a remedy's {@code {brokers}}: those its plan names, else those it ranks,
     * else those of the catalogue ("Marsh or Aon").
     */
    private static String recommendedBrokers(Plan plan, List<ProviderMatch> providers, Catalog catalog) {
        List<String> names = plan.steps().stream().flatMap(s -> s.providers().stream())
                .filter(p -> p.role() == ProviderRole.BROKER).map(PlannedProvider::name).distinct().toList();
        if (names.isEmpty()) {
            names = providers.stream().filter(p -> p.role() == ProviderRole.BROKER).map(ProviderMatch::name).toList();
        }
        if (names.isEmpty()) {
            names = catalog.providers().stream().filter(p -> p.role() == ProviderRole.BROKER).map(p -> p.name()).toList();
        }
        return names.isEmpty() ? "a specialist broker" : String.join(" or ", names);
    }

    /** Worst first, then by id. */
    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::id));
        return sorted;
    }

    /** A finding named by a waiver that has not expired is kept, marked WAIVED, and not counted. */
    private static List<Finding> applyWaivers(List<Finding> findings, List<Waiver> waivers, LocalDate today) {
        List<Finding> result = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Waiver waiver = waivers.stream().filter(w -> w.id().equals(f.id()) && !w.isExpiredOn(today))
                    .findFirst().orElse(null);
            result.add(waiver == null ? f : f.waived(waiver.reason()));
        }
        return result;
    }

    private static Summary summarize(Exposure exposure, List<Finding> findings, List<String> blockingQuestions) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        int waived = 0;
        for (Finding f : findings) {
            if (f.isOpen()) {
                counts.merge(f.severity(), 1, Integer::sum);
            } else {
                waived++;
            }
        }
        Verdict verdict = Verdict.of(counts.get(Severity.CRITICAL) > 0, counts.get(Severity.HIGH) > 0,
                !blockingQuestions.isEmpty());
        return new Summary(verdict, counts, waived, exposure.assessedUsd(), exposure.declaredUsd(), blockingQuestions);
    }
}
