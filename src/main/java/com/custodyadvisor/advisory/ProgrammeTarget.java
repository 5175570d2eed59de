package com.custodyadvisor.advisory;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The limit the programme should reach and a sketch of its layers: sized to the loss scenario a rule chose
 * (PLAN-TARGET), held to what the market can write for it (data/parameters.yaml), and set beside what the firm's
 * own programme pays for it now.
 *
 * @param scenario the id of the scenario it is sized to, e.g. LARGEST_ONLINE_QUORUM
 * @param why why that scenario, e.g. "the largest loss scenario"
 * @param lossUsd what that scenario could lose
 * @param buyableUsd the most the market writes for that loss
 * @param buyableWhy what holds it there: the market's capacity for one risk, or scarce hot sub-limits
 * @param targetUsd the limit to reach: the loss where it can be bought, else what can (or what the programme pays
 *                  now, if more)
 * @param reduceFirstUsd how much smaller the loss must get before cover meets it (0 when it can be bought whole)
 * @param lever how to make it smaller, in the scenario's words
 * @param coveredUsd what the firm's own programme answers for that loss now, its deductibles included
 * @param answered the programme already reaches the target: the plan keeps to renewal
 * @param toPlaceUsd limit still to place: the target less what the programme answers now
 * @param uninsuredUsd what stays uninsured with the target in place, until the loss is made smaller
 * @param advice what to do, in a sentence a broker can act on
 * @param layers the sketch, lowest first: the layers in force that pay, then those to place
 */
@JsonPropertyOrder({"scenario", "scenarioName", "why", "lossUsd", "buyableUsd", "buyableWhy", "targetUsd",
        "reduceFirstUsd", "lever", "coveredUsd", "answered", "toPlaceUsd", "uninsuredUsd", "advice", "layers"})
public record ProgrammeTarget(String scenario, String scenarioName, String why, long lossUsd, long buyableUsd,
                              String buyableWhy, long targetUsd, long reduceFirstUsd, String lever, long coveredUsd,
                              boolean answered, long toPlaceUsd, long uninsuredUsd, String advice,
                              List<SketchLayer> layers) {

    public ProgrammeTarget {
        layers = List.copyOf(layers);
    }
}
