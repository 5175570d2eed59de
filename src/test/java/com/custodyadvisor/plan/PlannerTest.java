package com.custodyadvisor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.advisory.Plan;
import com.custodyadvisor.advisory.PlanStep;
import com.custodyadvisor.advisory.PlannedProvider;
import com.custodyadvisor.advisory.ProviderMatch;
import com.custodyadvisor.scoring.ScoringTableLoader;
import com.custodyadvisor.support.ShippedRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan places the ranked providers in the order of approach, with the catalogue's facts about each. */
class PlannerTest {

    private static final Advisory LARGE_EXCHANGE = ShippedRules.advisor().advise(ShippedRules.example("large-exchange.yaml"));

    @Test
    void stepsFollowTheOrderOfApproachAndKeepTheRankingWithinEach() {
        Plan plan = LARGE_EXCHANGE.plan();
        assertThat(plan.steps()).extracting(PlanStep::step).containsExactly("BROKER", "LEAD", "CAPACITY");
        assertThat(ids(plan.steps().get(0))).containsExactly("aon", "marsh");
        assertThat(ids(plan.steps().get(1))).containsExactly("lloyds", "canopius", "evertas");
        assertThat(ids(plan.steps().get(2))).containsExactly("munich-re");
        assertThat(plan.steps().get(0).title()).isEqualTo("Broker");
        assertThat(plan.steps().get(0).does()).isEqualTo("structures the programme and takes it to the market");
        for (PlanStep step : plan.steps()) {
            assertThat(step.providers()).extracting(PlannedProvider::position).isSorted();
            step.providers().forEach(p -> assertThat(LARGE_EXCHANGE.providers().get(p.position() - 1).id())
                    .isEqualTo(p.id()));
        }
    }

    @Test
    void theLeadIsOneTheGuideNamesNeverOneThatOnlyHelps() {
        assertThat(LARGE_EXCHANGE.providers()).filteredOn(p -> p.id().equals("breach")).singleElement()
                .extracting(p -> p.standing().id()).isEqualTo("HELPS");
        assertThat(LARGE_EXCHANGE.plan().steps()).flatExtracting(PlanStep::providers).extracting(PlannedProvider::id)
                .doesNotContain("breach");
    }

    @Test
    void eachProviderCarriesWhyItFitsAndWhatTheCatalogueKnowsOfIt() {
        PlannedProvider lloyds = LARGE_EXCHANGE.plan().steps().get(1).providers().get(0);
        assertThat(lloyds.why()).isEqualTo("Multi-syndicate capacity in layered structures: matches need TOWER (stated "
                + "in your profile)");
        assertThat(lloyds.standing()).isEqualTo("ASKED");
        assertThat(lloyds.lineSize().text()).isEqualTo("up to 500,000,000 USD");
        assertThat(lloyds.notes()).isNotEmpty();
        PlannedProvider aon = LARGE_EXCHANGE.plan().steps().get(0).providers().get(0);
        assertThat(aon.lineSize().text()).as("no source gives one").isEqualTo("not published");
        assertThat(aon.lines()).isNotEmpty();
        assertThat(aon.regionsText()).isEqualTo("Global");
    }

    @Test
    void noRankedProviderMeansNoSteps() throws Exception {
        Plan plan = new Planner(ScoringTableLoader.load(ShippedRules.DATA).approach(),
                ShippedRules.advisor().ruleSet().parameters())
                .plan(List.<ProviderMatch>of(), ShippedRules.catalog(), null, policy -> null);
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.target()).as("no scenario chosen").isNull();
    }

    private static List<String> ids(PlanStep step) {
        return step.providers().stream().map(PlannedProvider::id).toList();
    }
}
