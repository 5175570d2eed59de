package com.custodyadvisor.engine;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.advisory.Evidence;
import com.custodyadvisor.advisory.Explanation;
import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.advisory.NeedFinding;
import com.custodyadvisor.advisory.ProviderMatch;
import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.advisory.Summary;
import com.custodyadvisor.advisory.Verdict;
import com.custodyadvisor.catalog.Catalog;
import com.custodyadvisor.catalog.Provider;
import com.custodyadvisor.engine.facts.FitReason;
import com.custodyadvisor.engine.facts.ProviderExcluded;
import com.custodyadvisor.profile.Profile;
import com.custodyadvisor.profile.Tier;
import com.custodyadvisor.profile.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns what the rules produced into the contract's advisory: merged, waived, sorted and summed up. */
final class AdvisoryAssembler {

    private AdvisoryAssembler() {
    }

    static Advisory assemble(RuleSet ruleSet, Catalog catalog, Profile profile, Advice advice, LocalDate today) {
        List<Finding> findings = applyWaivers(merge(advice.findings()), profile.waivers(), today);
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::id));
        return new Advisory(ruleSet.version(), catalog.version(), summarize(profile, findings), findings,
                rankProviders(catalog, advice.fits(), advice.exclusions()), needs(profile, advice));
    }

    /**
     * One finding per id: a rule that fires for several wallets or policies makes one finding whose
     * detail covers each, with the evidence of all and the highest severity any firing gave.
     */
    private static List<Finding> merge(List<Finding> raw) {
        // the agenda fires the last inserted fact first; put each id's parts back in profile order
        List<Finding> ordered = new ArrayList<>(raw);
        ordered.sort(Comparator.comparing(AdvisoryAssembler::firstPath, AdvisoryAssembler::comparePointers));
        Map<String, Finding> byId = new LinkedHashMap<>();
        for (Finding f : ordered) {
            byId.merge(f.id(), f, AdvisoryAssembler::combine);
        }
        return new ArrayList<>(byId.values());
    }

    private static String firstPath(Finding f) {
        return f.evidence().isEmpty() ? "" : f.evidence().get(0).path();
    }

    /** Orders JSON Pointers as the document does: "/wallets/2" before "/wallets/10". */
    static int comparePointers(String a, String b) {
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+")
                    ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static Finding combine(Finding a, Finding b) {
        List<Evidence> evidence = new ArrayList<>(a.evidence());
        b.evidence().stream().filter(e -> evidence.stream().noneMatch(x -> x.path().equals(e.path())))
                .forEach(evidence::add);
        List<Explanation> explanations = new ArrayList<>(a.explanations());
        explanations.addAll(b.explanations());
        Severity severity = a.severity().compareTo(b.severity()) <= 0 ? a.severity() : b.severity();
        String detail = a.detail().contains(b.detail()) ? a.detail() : a.detail() + " " + b.detail();
        String remediation = a.remediation() == null ? b.remediation()
                : b.remediation() == null || a.remediation().contains(b.remediation()) ? a.remediation()
                : a.remediation() + " " + b.remediation();
        return new Finding(a.id(), a.title(), severity, a.category(), a.status(), detail, remediation, a.source(),
                evidence, null, explanations);
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

    private static Summary summarize(Profile profile, List<Finding> findings) {
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
        Map<Tier, Long> exposure = new LinkedHashMap<>();
        for (Tier tier : List.of(Tier.HOT, Tier.WARM, Tier.COLD)) {
            exposure.put(tier, profile.exposure(tier));
        }
        Verdict verdict = Verdict.of(counts.get(Severity.CRITICAL) > 0, counts.get(Severity.HIGH) > 0);
        return new Summary(verdict, counts, waived, exposure);
    }

    /** Sums each provider's reasons into its fit (capped to 0..100) and ranks by fit, then the seed's rank. */
    private static List<ProviderMatch> rankProviders(Catalog catalog, List<FitReason> fits,
                                                     List<ProviderExcluded> exclusions) {
        Set<String> excluded = exclusions.stream().map(ProviderExcluded::providerId).collect(Collectors.toSet());
        Set<String> candidates = fits.stream().filter(FitReason::core).map(FitReason::providerId)
                .collect(Collectors.toSet());
        Map<String, List<FitReason>> byProvider = fits.stream()
                .filter(f -> candidates.contains(f.providerId()) && !excluded.contains(f.providerId()))
                .collect(Collectors.groupingBy(FitReason::providerId, LinkedHashMap::new, Collectors.toList()));
        List<ProviderMatch> matches = new ArrayList<>();
        for (Map.Entry<String, List<FitReason>> entry : byProvider.entrySet()) {
            Provider p = catalog.find(entry.getKey()).orElse(null);
            if (p == null) {
                continue;
            }
            int fit = Math.min(100, Math.max(0, entry.getValue().stream().mapToInt(FitReason::weight).sum()));
            if (fit == 0) {
                continue;
            }
            List<String> reasons = entry.getValue().stream()
                    .sorted(Comparator.comparingInt(FitReason::weight).reversed())
                    .map(FitReason::reason).distinct().toList();
            matches.add(new ProviderMatch(p.id(), p.name(), p.role(), fit, reasons, p.considerIf(), p.alternatives(),
                    p.regions(), p.rank(), p.headline()));
        }
        matches.sort(Comparator.comparingInt(ProviderMatch::fit).reversed().thenComparingInt(ProviderMatch::rank));
        return matches;
    }

    private static List<NeedFinding> needs(Profile profile, Advice advice) {
        List<NeedFinding> needs = new ArrayList<>();
        for (int i = 0; i < profile.needs().size(); i++) {
            needs.add(new NeedFinding(profile.needs().get(i), true, null, "/needs/" + i));
        }
        advice.derivedNeeds().forEach(n -> needs.add(new NeedFinding(n.need(), false, n.why(), n.path())));
        return needs;
    }
}
