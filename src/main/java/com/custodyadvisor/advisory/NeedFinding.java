package com.custodyadvisor.advisory;

import com.custodyadvisor.profile.Need;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A need the advisory works with: stated in the profile or derived from it.
 *
 * @param why for a derived need, the profile's figures that call for it
 * @param path JSON Pointer to what it was derived from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NeedFinding(Need need, boolean stated, String why, String path) {
}
