package com.custodyadvisor.scoring;

import com.custodyadvisor.catalog.ProviderRole;
import com.custodyadvisor.catalog.Strength;
import com.custodyadvisor.profile.Need;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The weights and order of {@code data/scoring.yaml}: what each reason a provider fits a profile adds to its
 * fit, the standings that come before fit, and the order of approach the plan follows.
 *
 * @param cap the most fit a provider can have
 * @param needs a provider serves a need the profile has
 * @param bestFor a "Best for" entry names the firm's type
 * @param tiers the provider supports every tier the firm holds value in
 * @param region the provider names a region the firm operates in
 * @param standings from first to last; providers rank by standing before fit
 * @param approach the order of approach: the plan's steps
 * @param version SHA-256 (hex) of the file
 */
public record ScoringTable(int cap, NeedWeights needs, Step bestFor, Step tiers, Step region,
                           List<Standing> standings, Approach approach, String version) {

    public ScoringTable {
        standings = List.copyOf(standings);
    }

    /**
     * Weights for a need served, by how the need came about and how the provider serves it.
     *
     * @param bonus true when serving a need only raises a candidate's fit
     */
    public record NeedWeights(Map<Strength, Integer> stated, Map<Strength, Integer> derived, boolean bonus) {

        public int weight(boolean statedNeed, Strength strength) {
            return (statedNeed ? stated : derived).get(strength);
        }
    }

    /**
     * One reason's weight.
     *
     * @param bonus true when it only raises the fit of a provider another reason made a candidate
     */
    public record Step(int weight, boolean bonus) {
    }

    /**
     * A standing: where a provider ranks before its fit is compared.
     *
     * @param label how reports name it, e.g. "the guide's pick for a need you stated"
     * @param reasons a provider with a reason of one of these kinds has this standing (unless an earlier one)
     */
    public record Standing(String id, String label, Set<ReasonKind> reasons) {

        public Standing {
            reasons = Set.copyOf(reasons);
        }
    }

    /**
     * The order in which a broker approaches the market.
     *
     * @param orders needs whose providers also rank in this order within a standing (a global tower)
     * @param steps from first to last
     */
    public record Approach(List<Need> orders, List<ApproachStep> steps) {

        public Approach {
            orders = List.copyOf(orders);
            steps = List.copyOf(steps);
        }

        /** The index of the step that takes providers of this role (every role has one; the loader checks). */
        public int stepOf(ProviderRole role) {
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).roles().contains(role)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no step of the approach takes " + role);
        }
    }

    /**
     * One step of the order of approach.
     *
     * @param title what the step is, e.g. "Broker"
     * @param does what providers of this step do in the programme
     * @param roles the provider roles it takes
     * @param standings when not empty, only providers of these standings (ids) take the step
     */
    public record ApproachStep(String id, String title, String does, Set<ProviderRole> roles,
                               Set<String> standings) {

        public ApproachStep {
            roles = Set.copyOf(roles);
            standings = Set.copyOf(standings);
        }

        public boolean takes(ProviderRole role, String standing) {
            return roles.contains(role) && (standings.isEmpty() || standings.contains(standing));
        }
    }

    /** The standing of a provider with reasons of these kinds: the first that lists one, else the last. */
    public Standing standingOf(Collection<ReasonKind> kinds) {
        return standings.stream().filter(s -> kinds.stream().anyMatch(s.reasons()::contains)).findFirst()
                .orElse(standings.get(standings.size() - 1));
    }
}
