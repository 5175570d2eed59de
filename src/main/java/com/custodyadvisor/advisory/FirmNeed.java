package com.custodyadvisor.advisory;

import com.custodyadvisor.profile.Need;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A need providers are matched on: stated in the profile's {@code needs}, or derived by a rule from its
 * figures. Rules match it as a fact ({@code not FirmNeed( need == Need.TOWER )}); the advisory lists it.
 *
 * @param why for a derived need, what in the profile calls for it; null for a stated one
 * @param path JSON Pointer to that part of the profile
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FirmNeed(Need need, boolean stated, String why, String path) {

    /** The need as the profile states it, at {@code /needs/<index>}. */
    public static FirmNeed stated(Need need, int index) {
        return new FirmNeed(need, true, null, "/needs/" + index);
    }

    /** "TOWER (stated)" or "TOWER (derived: why)", for explanations. */
    public String describe() {
        return need + (stated ? " (stated)" : " (derived: " + why + ")");
    }
}
