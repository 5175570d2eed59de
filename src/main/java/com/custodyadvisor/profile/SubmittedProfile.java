package com.custodyadvisor.profile;

import tools.jackson.databind.JsonNode;

/**
 * A validated profile together with the tree it was read from, so that evidence can quote the
 * values exactly as submitted.
 */
public record SubmittedProfile(Profile profile, JsonNode tree) {
}
