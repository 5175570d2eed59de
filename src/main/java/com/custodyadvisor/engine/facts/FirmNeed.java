package com.custodyadvisor.engine.facts;

import com.custodyadvisor.profile.Need;

/**
 * A need providers are matched on: stated in the profile's {@code needs}, or derived by a rule.
 *
 * @param why what in the profile calls for it ("stated in the profile" for a stated one)
 * @param path JSON Pointer to that part of the profile
 */
public record FirmNeed(Need need, boolean stated, String why, String path) {
}
