package com.custodyadvisor.advisory;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How much of what the rules rely on the profile answers.
 *
 * @param answered questions the profile answers
 * @param asked questions the rules rely on for this profile (a question about a list item counts once per item)
 * @param percent answered as a whole percentage of asked (100 when nothing is asked)
 */
@JsonPropertyOrder({"answered", "asked", "percent"})
public record Completeness(int answered, int asked, int percent) {

    public static Completeness of(int answered, int asked) {
        return new Completeness(answered, asked, asked == 0 ? 100 : (int) Math.floor(100.0 * answered / asked));
    }
}
