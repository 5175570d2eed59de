package com.custodyadvisor.improvement;

import com.custodyadvisor.profile.InvalidProfileException;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Validates a patched profile and assesses it afresh, without working out improvements of its own. */
@FunctionalInterface
public interface Reassessment {

    /**
     * @return empty when it could not be assessed (the deadline passed, a rule failed): the search stops there
     * @throws InvalidProfileException when the patched profile is not valid input
     */
    Optional<Assessed> of(JsonNode tree) throws InvalidProfileException;
}
