package com.custodyadvisor.catalog;

import com.custodyadvisor.parameters.Parameters;
import com.custodyadvisor.profile.Money;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * What one provider writes on one risk, as far as the guide or the references publish it. A figure no
 * source gives is left out (null), never estimated, and {@link #text()} then says "not published".
 *
 * @param minUsd the smallest line it writes
 * @param typicalUsd the line it typically writes
 * @param maxUsd the most it writes on one digital-asset risk
 * @param maxUsdParameter where the most it writes is a figure the rules judge by too, the USD parameter of
 *                        data/parameters.yaml that holds it (one source of truth); {@link #resolved} reads it
 * @param basis the sentence of the guide or of the references the figures come from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LineSize(Long minUsd, Long typicalUsd, Long maxUsd, String maxUsdParameter, String basis) {

    /** No source gives a figure. */
    public static final LineSize NOT_PUBLISHED = new LineSize(null, null, null, null, null);

    private static final String NOT_PUBLISHED_TEXT = "not published";

    /** True when a source gives at least one figure. */
    @JsonIgnore
    public boolean isPublished() {
        return minUsd != null || typicalUsd != null || maxUsd != null || maxUsdParameter != null;
    }

    /** With {@code maxUsd} read from the parameter it names, where it names one. */
    public LineSize resolved(Parameters parameters) {
        return maxUsdParameter == null ? this
                : new LineSize(minUsd, typicalUsd, parameters.usd(maxUsdParameter), maxUsdParameter, basis);
    }

    /** "typically 25,000,000 USD, up to 500,000,000 USD", or "not published". */
    @JsonProperty("text")
    public String text() {
        List<String> parts = new ArrayList<>();
        if (minUsd != null) {
            parts.add("from " + Money.usd(minUsd));
        }
        if (typicalUsd != null) {
            parts.add("typically " + Money.usd(typicalUsd));
        }
        if (maxUsd != null) {
            parts.add("up to " + Money.usd(maxUsd));
        } else if (maxUsdParameter != null) {
            parts.add("up to " + maxUsdParameter);
        }
        return parts.isEmpty() ? NOT_PUBLISHED_TEXT : String.join(", ", parts);
    }
}
