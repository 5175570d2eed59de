package com.custodyadvisor.advisory;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * One step of the action plan: an improvement to make or an open question to answer, in the order to do them.
 *
 * @param order 1 for the first step
 * @param action what to do, in plain words
 * @param owner who does it
 * @param clears ids of the findings it clears or settles
 * @param lever the improvement's lever id, when the step makes an improvement
 * @param question the open question's id, when the step answers one
 * @param due the date to have it done by, worked back from {@code insurance.requested.renewalDate}; absent when
 *            the profile gives no renewal date
 * @param daysLate how many days {@code due} is before the advisory's day: the step needs more time than is left
 *                 before the renewal; absent when it is on time or undated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"order", "action", "owner", "clears", "lever", "question", "due", "daysLate"})
public record ActionStep(int order, String action, ActionOwner owner, List<String> clears, String lever,
                         String question, LocalDate due, Integer daysLate) {

    public ActionStep {
        clears = List.copyOf(clears);
    }
}
