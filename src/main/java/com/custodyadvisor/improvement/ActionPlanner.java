package com.custodyadvisor.improvement;

import com.custodyadvisor.advisory.ActionOwner;
import com.custodyadvisor.advisory.ActionStep;
import com.custodyadvisor.advisory.Effort;
import com.custodyadvisor.advisory.Improvement;
import com.custodyadvisor.advisory.OpenQuestion;
import com.custodyadvisor.parameters.Parameters;
import com.custodyadvisor.questions.Question;
import com.custodyadvisor.questions.Questions;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The action plan: the improvements in the order found, then the open questions, those that keep the verdict from
 * READY first. With a renewal date each step is dated back from it: the broker needs the submission some days
 * before renewal, and work of MEDIUM and HIGH effort takes its lead time before that (data/parameters.yaml).
 */
final class ActionPlanner {

    static final String SUBMISSION = "broker-submission-days";
    static final String LEAD_MEDIUM = "lead-medium-days";
    static final String LEAD_HIGH = "lead-high-days";

    private final Parameters parameters;
    private final Questions questions;

    ActionPlanner(Parameters parameters, Questions questions) {
        this.parameters = parameters;
        this.questions = questions;
    }

    /**
     * @param open the questions still open with every improvement applied
     * @param renewal {@code insurance.requested.renewalDate}, or null: then no step is dated
     * @param today the advisory's day: a step dated before it is marked late by so many days
     */
    List<ActionStep> plan(List<Improvement> improvements, List<OpenQuestion> open, LocalDate renewal,
                          LocalDate today) {
        LocalDate submission = renewal == null ? null : renewal.minusDays(parameters.days(SUBMISSION));
        List<ActionStep> steps = new ArrayList<>();
        for (Improvement i : improvements) {
            LocalDate due = submission == null ? null : submission.minusDays(leadDays(i.effort()));
            steps.add(new ActionStep(steps.size() + 1, i.change(), i.owner(), i.clears(), i.lever(), null, due,
                    daysLate(due, today)));
        }
        List<OpenQuestion> ordered = open.stream().sorted(Comparator.comparing(q -> !q.blocksReady())).toList();
        for (OpenQuestion q : ordered) {
            String action = "Answer: " + q.question() + (q.blocksReady() ? " (it keeps the verdict from READY)" : "");
            steps.add(new ActionStep(steps.size() + 1, action, ownerOf(q), q.findings(), null, q.id(), submission,
                    daysLate(submission, today)));
        }
        return steps;
    }

    /** Days from the due date to today when it has passed (a renewal closer than the step's lead time), else null. */
    private static Integer daysLate(LocalDate due, LocalDate today) {
        return due == null || !due.isBefore(today) ? null : (int) ChronoUnit.DAYS.between(due, today);
    }

    private long leadDays(Effort effort) {
        return switch (effort) {
            case LOW -> 0;
            case MEDIUM -> parameters.days(LEAD_MEDIUM);
            case HIGH -> parameters.days(LEAD_HIGH);
        };
    }

    private ActionOwner ownerOf(OpenQuestion q) {
        return questions.all().stream().filter(x -> x.id().equals(q.id())).findFirst().map(Question::owner)
                .orElse(ActionOwner.FIRM);
    }
}
