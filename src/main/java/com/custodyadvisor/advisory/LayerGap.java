package com.custodyadvisor.advisory;

import com.custodyadvisor.profile.Tier;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A band of loss no own layer pays for: the layers below reach {@code fromUsd}, the layer {@code above} attaches
 * at {@code toUsd}.
 *
 * @param above the pointer of the layer attaching above the gap
 * @param below the pointer of the layer whose top is {@code fromUsd}; absent when no layer lies beneath
 * @param tiers the tiers the gap is in
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"above", "below", "fromUsd", "toUsd", "tiers"})
public record LayerGap(String above, String below, long fromUsd, long toUsd, List<Tier> tiers) {
}
