package com.custodyadvisor.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.advisory.ActionOwner;
import com.custodyadvisor.advisory.ActionStep;
import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.advisory.Effort;
import com.custodyadvisor.advisory.Improvement;
import com.custodyadvisor.document.JsonPatch;
import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.parameters.Parameters;
import com.custodyadvisor.profile.ProfileReader;
import com.custodyadvisor.support.ShippedRules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The action plan: improvements in order, then open questions blocking first, dated back from the renewal date. */
class ActionPlanTest {

    /** The advisory's day in these tests. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final LocalDate RENEWAL = LocalDate.of(2027, 6, 30);

    @Test
    void stepsAreDatedBackFromTheRenewalDateByEffort() throws Exception {
        Advisory advisory = advise("""
                [{"op": "add", "path": "/insurance/requested", "value": {"renewalDate": "2027-06-30"}},
                 {"op": "remove", "path": "/insurance/policies/0/wordingReviewed"}]""");
        Parameters parameters = ShippedRules.ruleSet().parameters();
        LocalDate submission = RENEWAL.minusDays(parameters.days("broker-submission-days"));

        List<ActionStep> plan = advisory.actionPlan();
        List<Improvement> improvements = advisory.improvements();
        assertThat(improvements).isNotEmpty();
        for (int i = 0; i < improvements.size(); i++) {
            Improvement improvement = improvements.get(i);
            ActionStep step = plan.get(i);
            assertThat(step.order()).isEqualTo(i + 1);
            assertThat(step.lever()).isEqualTo(improvement.lever());
            assertThat(step.action()).isEqualTo(improvement.change());
            assertThat(step.owner()).isEqualTo(improvement.owner());
            assertThat(step.clears()).isEqualTo(improvement.clears());
            long lead = improvement.effort() == Effort.HIGH ? parameters.days("lead-high-days")
                    : improvement.effort() == Effort.MEDIUM ? parameters.days("lead-medium-days") : 0;
            assertThat(step.due()).isEqualTo(submission.minusDays(lead));
            assertThat(step.daysLate()).as("on time").isNull();
        }
        List<ActionStep> questions = plan.subList(improvements.size(), plan.size());
        assertThat(questions).isNotEmpty().allSatisfy(q -> {
            assertThat(q.question()).isNotNull();
            assertThat(q.due()).isEqualTo(submission);
            assertThat(q.daysLate()).isNull();
        });
        assertThat(questions).extracting(ActionStep::question).contains("wording-reviewed");
        assertThat(questions.stream().filter(q -> q.question().equals("wording-reviewed")).findFirst().orElseThrow()
                .owner()).as("a question data/questions.yaml gives to the broker").isEqualTo(ActionOwner.BROKER);
        List<Boolean> blocking = questions.stream().map(q -> advisory.openQuestions().stream()
                .filter(o -> o.id().equals(q.question())).findFirst().orElseThrow().blocksReady()).toList();
        assertThat(blocking).as("blocking questions first").isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
    }

    @Test
    void aRenewalCloserThanAStepsLeadTimeMarksItLateByTheDaysPassed() throws Exception {
        LocalDate renewal = TODAY.plusDays(10);
        Advisory advisory = advise("""
                [{"op": "add", "path": "/insurance/requested", "value": {"renewalDate": "%s"}},
                 {"op": "remove", "path": "/insurance/policies/0/wordingReviewed"}]""".formatted(renewal));
        LocalDate submission = renewal.minusDays(ShippedRules.ruleSet().parameters().days("broker-submission-days"));

        assertThat(submission).as("the submission date itself has passed").isBefore(TODAY);
        assertThat(advisory.actionPlan()).isNotEmpty().allSatisfy(step -> {
            assertThat(step.due()).isBefore(TODAY);
            assertThat(step.daysLate()).isEqualTo((int) ChronoUnit.DAYS.between(step.due(), TODAY));
        });
    }

    @Test
    void withoutARenewalDateNoStepIsDated() throws Exception {
        Advisory advisory = advise("[]");
        assertThat(advisory.actionPlan()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.due()).isNull();
            assertThat(s.daysLate()).isNull();
        });
    }

    private static Advisory advise(String patch) throws Exception {
        JsonNode tree = JsonPatch.apply(ShippedRules.example("apac-custodian.yaml").tree(), Mappers.JSON.readTree(patch));
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        return new Advisor(ShippedRules.ruleSet(), ShippedRules.catalog(), Advisor.DEFAULT_FIRING_LIMIT, clock)
                .advise(new ProfileReader().withClock(clock).read(tree));
    }
}
