package com.custodyadvisor.plan;

import com.custodyadvisor.advisory.Plan;
import com.custodyadvisor.advisory.PlanStep;
import com.custodyadvisor.advisory.PlannedProvider;
import com.custodyadvisor.advisory.ProviderMatch;
import com.custodyadvisor.catalog.Catalog;
import com.custodyadvisor.catalog.Provider;
import com.custodyadvisor.parameters.Parameters;
import com.custodyadvisor.profile.Policy;
import com.custodyadvisor.scoring.ScoringTable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Places the ranked providers in the order of approach: each step of the scoring table's approach takes the
 * providers of its roles (and standings), in ranked order, with the catalogue's facts about each; beside them, the
 * target limit and its layers ({@link TargetSizer}).
 */
public final class Planner {

    private final ScoringTable.Approach approach;
    private final TargetSizer sizer;

    public Planner(ScoringTable.Approach approach, Parameters parameters) {
        this.approach = approach;
        this.sizer = new TargetSizer(parameters);
    }

    /**
     * The plan for these ranked providers; the catalogue they were ranked from gives their facts, and the
     * scenario a rule chose (null where none) its target limit.
     */
    public Plan plan(List<ProviderMatch> ranked, Catalog catalog, TargetScenario target,
                     Function<Policy, String> pathOf) {
        List<PlanStep> steps = new ArrayList<>();
        for (ScoringTable.ApproachStep step : approach.steps()) {
            List<PlannedProvider> providers = new ArrayList<>();
            for (int i = 0; i < ranked.size(); i++) {
                ProviderMatch match = ranked.get(i);
                if (step.takes(match.role(), match.standing().id())) {
                    providers.add(planned(match, i + 1, catalog.find(match.id()).orElseThrow()));
                }
            }
            if (!providers.isEmpty()) {
                steps.add(new PlanStep(step.id(), step.title(), step.does(), providers));
            }
        }
        return new Plan(steps, target == null ? null : sizer.size(target, steps, pathOf));
    }

    private static PlannedProvider planned(ProviderMatch match, int position, Provider p) {
        return new PlannedProvider(p.id(), p.name(), p.role(), position, match.standing().id(), match.reasons().get(0),
                p.lines(), p.storageTiers(), p.regions(), p.regionsText(), p.lineSize(), p.notes());
    }
}
