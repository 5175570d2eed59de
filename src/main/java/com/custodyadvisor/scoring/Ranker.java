package com.custodyadvisor.scoring;

import com.custodyadvisor.advisory.FirmNeed;
import com.custodyadvisor.advisory.ProviderMatch;
import com.custodyadvisor.catalog.BestFor;
import com.custodyadvisor.catalog.Catalog;
import com.custodyadvisor.catalog.NeedService;
import com.custodyadvisor.catalog.Provider;
import com.custodyadvisor.profile.CustodyModel;
import com.custodyadvisor.profile.Firm;
import com.custodyadvisor.profile.Need;
import com.custodyadvisor.profile.Profile;
import com.custodyadvisor.profile.Region;
import com.custodyadvisor.profile.Tier;
import com.custodyadvisor.support.Wording;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ranks the catalogue's providers for a profile by the scoring table. The rules have decided what the
 * profile needs and which providers are left out; the ranker joins the needs with what each provider
 * serves, its "Best for", tiers and regions, gives each reason its weight, and keeps every reason as
 * the user sees it. Providers rank by standing, then fit, then the guide's rank; for the needs the
 * table's order of approach covers (a tower), it then holds within each standing.
 */
public final class Ranker {

    private final ScoringTable table;

    public Ranker(ScoringTable table) {
        this.table = table;
    }

    /** One reason a provider fits, with its weight. */
    private record Reason(ReasonKind kind, int weight, String text, boolean bonus) {
    }

    /**
     * A provider that fits, before it is placed.
     *
     * @param standing index in the table's standings
     * @param step index of its role's step in the order of approach
     * @param ordered the needs it is matched on that the order of approach covers
     */
    private record Candidate(Provider provider, List<Reason> reasons, int fit, int standing, int step, Set<Need> ordered) {

        /** This candidate must rank above the other: same standing, an earlier step, matched on the same need. */
        boolean precedes(Candidate other) {
            return standing == other.standing && step < other.step && !Collections.disjoint(ordered, other.ordered);
        }
    }

    /** The providers that fit, in ranked order. */
    public List<ProviderMatch> rank(Catalog catalog, Profile profile, List<FirmNeed> needs, Set<String> excluded) {
        Set<Need> ordered = needs.stream().map(FirmNeed::need).filter(table.approach().orders()::contains)
                .collect(Collectors.toSet());
        // what the profile offers every provider to match, worked out once
        Matching matching = Matching.of(profile, needs);
        List<Candidate> candidates = new ArrayList<>();
        for (Provider p : catalog.providers()) {
            if (excluded.contains(p.id())) {
                continue;
            }
            List<Reason> reasons = reasons(p, matching);
            if (reasons.stream().allMatch(Reason::bonus)) {
                continue; // bonuses raise a candidate's fit; alone they do not make one
            }
            int fit = Math.min(table.cap(), reasons.stream().mapToInt(Reason::weight).sum());
            if (fit <= 0) {
                continue;
            }
            ScoringTable.Standing standing = table.standingOf(reasons.stream().map(Reason::kind).toList());
            candidates.add(new Candidate(p, reasons, fit, table.standings().indexOf(standing),
                    table.approach().stepOf(p.role()),
                    ordered.stream().filter(p::serves).collect(Collectors.toSet())));
        }
        candidates.sort(Comparator.comparingInt(Candidate::standing)
                .thenComparing(Comparator.comparingInt(Candidate::fit).reversed())
                .thenComparingInt(c -> c.provider().rank()));
        return inOrderOfApproach(candidates).stream().map(this::match).toList();
    }

    /**
     * The candidates in their order, except that one that must precede another (the order of approach)
     * comes first: each time, the first candidate that no remaining one must precede.
     */
    private static List<Candidate> inOrderOfApproach(List<Candidate> sorted) {
        List<Candidate> remaining = new ArrayList<>(sorted);
        List<Candidate> placed = new ArrayList<>(sorted.size());
        while (!remaining.isEmpty()) {
            // steps strictly increase along "precedes", so some remaining candidate always has none before it
            Candidate next = remaining.stream().filter(c -> remaining.stream().noneMatch(o -> o.precedes(c)))
                    .findFirst().orElseThrow();
            placed.add(next);
            remaining.remove(next);
        }
        return placed;
    }

    private ProviderMatch match(Candidate c) {
        Provider p = c.provider();
        List<String> texts = c.reasons().stream().sorted(Comparator.comparingInt(Reason::weight).reversed())
                .map(Reason::text).distinct().toList();
        ScoringTable.Standing standing = table.standings().get(c.standing());
        return new ProviderMatch(p.id(), p.name(), p.role(), c.fit(), texts, p.considerIf(), p.alternatives(),
                p.regions(), p.rank(), p.headline(), new ProviderMatch.Standing(standing.id(), standing.label()));
    }

    /** What every provider is matched against: the profile's needs, firm, custody model and held tiers. */
    private record Matching(List<FirmNeed> needs, List<Need> needList, Firm firm, CustodyModel custodyModel,
                            List<Tier> held, String heldText) {

        static Matching of(Profile profile, List<FirmNeed> needs) {
            List<Tier> held = profile.heldTiers();
            return new Matching(needs, needs.stream().map(FirmNeed::need).toList(), profile.firm(),
                    profile.activities().custodyModel(), held, Wording.list(held));
        }
    }

    private List<Reason> reasons(Provider p, Matching m) {
        List<Reason> reasons = new ArrayList<>();
        for (FirmNeed n : m.needs()) {
            NeedService s = p.serviceOf(n.need());
            if (s != null) {
                reasons.add(needServed(s, n));
            }
        }
        for (BestFor b : p.bestFor()) {
            if (b.matches(m.firm(), m.custodyModel(), m.needList())) {
                reasons.add(new Reason(ReasonKind.BEST_FOR, table.bestFor().weight(), "Best for your firm type ("
                        + b.describe() + "): " + p.bestForText(), table.bestFor().bonus()));
            }
        }
        if (!m.held().isEmpty() && p.supportsTiers(m.held())) {
            reasons.add(new Reason(ReasonKind.TIERS, table.tiers().weight(), "Supports every tier you hold: "
                    + m.heldText(), table.tiers().bonus()));
        }
        for (Region r : m.firm().regions()) {
            if (p.namesRegion(r)) {
                reasons.add(activeIn(p, r));
                break;
            }
        }
        return reasons;
    }

    private Reason needServed(NeedService s, FirmNeed n) {
        String origin = n.stated() ? " (stated in your profile)" : " (derived: " + n.why() + ")";
        return new Reason(ReasonKind.ofNeed(n.stated(), s.strength()), table.needs().weight(n.stated(), s.strength()),
                s.label() + ": matches need " + n.need() + origin, table.needs().bonus());
    }

    private Reason activeIn(Provider p, Region r) {
        return new Reason(ReasonKind.REGION, table.region().weight(), "Active in " + r + ", where you operate ("
                + p.regionsText() + ")", table.region().bonus());
    }
}
