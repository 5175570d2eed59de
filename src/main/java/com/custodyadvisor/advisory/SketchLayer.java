package com.custodyadvisor.advisory;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A layer of the sketched programme: one in force that pays toward the target scenario, or one to place.
 *
 * @param kind PRIMARY (attaching at 0) or EXCESS
 * @param label what it is: the policy's label for a layer in force, e.g. "Primary to place"
 * @param inForce the firm holds it already
 * @param path for a layer in force, its policy's JSON Pointer
 * @param attachmentUsd the loss above which it pays
 * @param limitUsd the most it pays toward the target scenario
 * @param topUsd attachment plus limit
 * @param step for a layer to place, the plan step whose providers would write it (e.g. LEAD)
 * @param writers for a layer to place, that step's providers with the line each writes on one risk
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "label", "inForce", "path", "attachmentUsd", "limitUsd", "topUsd", "step", "stepTitle",
        "writers"})
public record SketchLayer(String kind, String label, boolean inForce, String path, long attachmentUsd, long limitUsd,
                          long topUsd, String step, String stepTitle, List<LayerWriter> writers) {

    /** A layer attaching at 0. */
    public static final String PRIMARY = "PRIMARY";
    /** A layer attaching above another. */
    public static final String EXCESS = "EXCESS";
}
