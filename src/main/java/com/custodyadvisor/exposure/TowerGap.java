package com.custodyadvisor.exposure;

import com.custodyadvisor.profile.Policy;
import com.custodyadvisor.profile.Tier;
import java.util.List;

/**
 * A band of loss no layer of the firm's own programme pays for, beneath a layer that attaches above it: the layers
 * below reach up to {@code fromUsd}, the layer {@code above} attaches at {@code toUsd}.
 *
 * @param below the layer whose top is {@code fromUsd}; null when no layer lies beneath (an excess layer with no
 *              primary for these tiers)
 * @param tiers the tiers the gap is in, HOT first
 */
public record TowerGap(Policy above, Policy below, long fromUsd, long toUsd, List<Tier> tiers) {

    public TowerGap {
        tiers = List.copyOf(tiers);
    }

    public long gapUsd() {
        return toUsd - fromUsd;
    }

    /** True when no layer lies beneath the one above, for these tiers. */
    public boolean hasNoPrimary() {
        return below == null;
    }
}
