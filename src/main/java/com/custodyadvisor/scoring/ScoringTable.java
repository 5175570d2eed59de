package com.custodyadvisor.scoring;

import com.custodyadvisor.catalog.Strength;
import java.util.Map;

/**
 * The weights of {@code data/scoring.yaml}: what each reason a provider fits a profile adds to its fit.
 *
 * @param cap the most fit a provider can have
 * @param needs a provider serves a need the profile has
 * @param bestFor a "Best for" entry names the firm's type
 * @param tiers the provider supports every tier the firm holds value in
 * @param region the provider names a region the firm operates in
 * @param version SHA-256 (hex) of the file
 */
public record ScoringTable(int cap, NeedWeights needs, Step bestFor, Step tiers, Step region, String version) {

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
}
