package com.custodyadvisor.advisory;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The programme schedule: the firm's own theft layers in order (lowest attachment first), the cover it relies on
 * but does not hold, and the gaps between its layers.
 */
@JsonPropertyOrder({"layers", "reliedOn", "gaps"})
public record ProgrammeSchedule(List<ProgrammeLayer> layers, List<ReliedOnCover> reliedOn, List<LayerGap> gaps) {
}
