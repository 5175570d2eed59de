package com.custodyadvisor.profile;

import java.time.LocalDate;
import java.util.List;

/**
 * The cover the firm is seeking at its next placement or renewal.
 *
 * @param limitUsd the limit sought; null when not given
 * @param retentionUsd the retention it will carry; null when not given
 * @param renewalDate when the current programme renews or the cover should start; null when not given
 * @param incumbentCarriers carriers on the current programme
 */
public record RequestedCover(Long limitUsd, Long retentionUsd, LocalDate renewalDate, List<String> incumbentCarriers) {

    /** Requested cover left out of the profile: nothing stated. */
    public static final RequestedCover NONE = new RequestedCover(null, null, null, List.of());

    public RequestedCover {
        incumbentCarriers = incumbentCarriers == null ? List.of() : List.copyOf(incumbentCarriers);
    }
}
