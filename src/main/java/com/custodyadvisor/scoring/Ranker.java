package com.custodyadvisor.scoring;

import com.custodyadvisor.advisory.FirmNeed;
import com.custodyadvisor.advisory.ProviderMatch;
import com.custodyadvisor.catalog.BestFor;
import com.custodyadvisor.catalog.Catalog;
import com.custodyadvisor.catalog.NeedService;
import com.custodyadvisor.catalog.Provider;
import com.custodyadvisor.profile.Firm;
import com.custodyadvisor.profile.Profile;
import com.custodyadvisor.profile.Region;
import com.custodyadvisor.profile.Tier;
import com.custodyadvisor.support.Wording;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Ranks the catalogue's providers for a profile by the scoring table. The rules have decided what the
 * profile needs and which providers are left out; the ranker joins the needs with what each provider
 * serves, its "Best for", tiers and regions, gives each reason its weight, and keeps every reason as
 * the user sees it.
 */
public final class Ranker {

    private final ScoringTable table;

    public Ranker(ScoringTable table) {
        this.table = table;
    }

    /** One reason a provider fits, with its weight. */
    private record Reason(int weight, String text, boolean bonus) {
    }

    /** The providers that fit, by fit (highest first), ties by the guide's rank. */
    public List<ProviderMatch> rank(Catalog catalog, Profile profile, List<FirmNeed> needs, Set<String> excluded) {
        List<ProviderMatch> matches = new ArrayList<>();
        for (Provider p : catalog.providers()) {
            if (excluded.contains(p.id())) {
                continue;
            }
            List<Reason> reasons = reasons(p, profile, needs);
            if (reasons.stream().allMatch(Reason::bonus)) {
                continue; // bonuses raise a candidate's fit; alone they do not make one
            }
            int fit = Math.min(table.cap(), reasons.stream().mapToInt(Reason::weight).sum());
            if (fit <= 0) {
                continue;
            }
            List<String> texts = reasons.stream().sorted(Comparator.comparingInt(Reason::weight).reversed())
                    .map(Reason::text).distinct().toList();
            matches.add(new ProviderMatch(p.id(), p.name(), p.role(), fit, texts, p.considerIf(), p.alternatives(),
                    p.regions(), p.rank(), p.headline()));
        }
        matches.sort(Comparator.comparingInt(ProviderMatch::fit).reversed().thenComparingInt(ProviderMatch::rank));
        return matches;
    }

    private List<Reason> reasons(Provider p, Profile profile, List<FirmNeed> needs) {
        List<Reason> reasons = new ArrayList<>();
        for (FirmNeed n : needs) {
            p.service(n.need()).ifPresent(s -> reasons.add(needServed(s, n)));
        }
        Firm firm = profile.firm();
        for (BestFor b : p.bestFor()) {
            if (b.type() == firm.type() && b.regionsMatch(firm.regions()) && hasOneOf(needs, b)) {
                reasons.add(new Reason(table.bestFor().weight(), "Best for your firm type (" + b.describe() + "): "
                        + p.bestForText(), table.bestFor().bonus()));
            }
        }
        List<Tier> held = profile.heldTiers();
        if (!held.isEmpty() && p.supportsTiers(held)) {
            reasons.add(new Reason(table.tiers().weight(), "Supports every tier you hold: " + Wording.list(held),
                    table.tiers().bonus()));
        }
        firm.regions().stream().filter(p::namesRegion).findFirst()
                .ifPresent(r -> reasons.add(activeIn(p, r)));
        return reasons;
    }

    private Reason needServed(NeedService s, FirmNeed n) {
        String origin = n.stated() ? " (stated in your profile)" : " (derived: " + n.why() + ")";
        return new Reason(table.needs().weight(n.stated(), s.strength()),
                s.label() + ": matches need " + n.need() + origin, table.needs().bonus());
    }

    private Reason activeIn(Provider p, Region r) {
        return new Reason(table.region().weight(), "Active in " + r + ", where you operate (" + p.regionsText() + ")",
                table.region().bonus());
    }

    /** A "Best for" entry narrowed to firms with some needs holds when the profile has one of them. */
    private static boolean hasOneOf(List<FirmNeed> needs, BestFor b) {
        return b.needs().isEmpty() || needs.stream().anyMatch(n -> b.needs().contains(n.need()));
    }
}
