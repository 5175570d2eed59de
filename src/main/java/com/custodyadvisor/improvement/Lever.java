package com.custodyadvisor.improvement;

import com.custodyadvisor.advisory.ActionOwner;
import com.custodyadvisor.advisory.Effort;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One lever of {@code data/levers.yaml}: a change a firm can make, the findings it is tried against, and how its
 * patch is written.
 *
 * @param addresses the finding ids it is tried against
 * @param change what to do, with {placeholders} the mechanic fills with the profile's figures
 * @param settings the patch's settings as the data give them (the mechanic's name among them)
 */
public record Lever(String id, String title, ActionOwner owner, Effort effort, List<String> addresses, String change,
                    Mechanic mechanic, JsonNode settings) {

    public Lever {
        addresses = List.copyOf(addresses);
    }

    /** The mechanic's name, as the data write it. */
    public String mechanicName() {
        return mechanic.dataName();
    }
}
