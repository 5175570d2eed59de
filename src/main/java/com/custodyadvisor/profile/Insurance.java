package com.custodyadvisor.profile;

import java.time.LocalDate;
import java.util.List;

/**
 * The insurance the firm holds or plans, and how ready it is to claim.
 *
 * @param openIncident a loss event is known or under way
 * @param lossHistory losses of the last years, claimed or not, as given
 * @param requested the cover sought at the next placement or renewal; never null
 * @param compensationArrangement a compensation arrangement beside insurance; never null
 */
public record Insurance(Boolean brokerEngaged, Boolean claimsPlaybook, Boolean incidentResponseTimeline,
                        Boolean openIncident, List<Policy> policies, List<LossEvent> lossHistory,
                        RequestedCover requested, CompensationArrangement compensationArrangement) {

    public static final Insurance NONE = new Insurance(null, null, null, null, List.of(), List.of(),
            RequestedCover.NONE, CompensationArrangement.NONE);

    public Insurance {
        policies = policies == null ? List.of() : List.copyOf(policies);
        lossHistory = lossHistory == null ? List.of() : List.copyOf(lossHistory);
        requested = requested == null ? RequestedCover.NONE : requested;
        compensationArrangement = compensationArrangement == null ? CompensationArrangement.NONE
                : compensationArrangement;
    }

    /** The losses whose status is OPEN (known, not yet notified to a carrier), in the order given. */
    public List<LossEvent> openLosses() {
        return lossHistory.stream().filter(LossEvent::isOpen).toList();
    }

    /** The losses discovered on or after the day, in the order given. */
    public List<LossEvent> lossesSince(LocalDate day) {
        return lossHistory.stream().filter(l -> l.discoveredSince(day)).toList();
    }
}
