package com.custodyadvisor.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One finding per root cause: which parts only restate a gap another finding already names. A part is covered
 * when a part of another finding covers it ({@link FindingPart#covers}); it then goes under the root that is
 * itself not covered (a part covered by a covered part goes under that part's root). Rule headers declare what
 * covers what ({@code @covers}); the rules say which gap a part is about; nothing here knows a finding id.
 */
final class Covering {

    /** The parts left standing, and for each root finding id the parts it covers. */
    record Result(List<FindingPart> standing, Map<String, List<FindingPart>> coveredByRoot) {
    }

    private Covering() {
    }

    /** @param waived ids the profile waives: a waived finding covers nothing, so what it would cover stays open */
    static Result of(List<FindingPart> parts, Set<String> waived) {
        // the worst covering part is the root a covered part goes under, then the first written
        Comparator<FindingPart> rootOrder = Comparator.comparing(FindingPart::severity).thenComparingInt(FindingPart::order);
        Map<FindingPart, FindingPart> coveredBy = new IdentityHashMap<>();
        for (FindingPart part : parts) {
            parts.stream().filter(p -> p != part && !waived.contains(p.definition().id()) && p.covers(part)).min(rootOrder)
                    .ifPresent(root -> coveredBy.put(part, root));
        }
        List<FindingPart> standing = new ArrayList<>();
        Map<String, List<FindingPart>> coveredByRoot = new LinkedHashMap<>();
        for (FindingPart part : parts) {
            FindingPart root = part;
            // rule headers form no cycle of @covers (checked when rules load); the bound guards parts all the same
            for (int hops = 0; coveredBy.containsKey(root) && hops <= parts.size(); hops++) {
                root = coveredBy.get(root);
            }
            if (root == part) {
                standing.add(part);
            } else {
                coveredByRoot.computeIfAbsent(root.definition().id(), id -> new ArrayList<>()).add(part);
            }
        }
        return new Result(standing, coveredByRoot);
    }
}
