package com.custodyadvisor.advisory;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One change to the profile on the path to READY: a lever of {@code data/levers.yaml} applied to this profile's
 * own figures.
 *
 * @param lever the lever's id in {@code data/levers.yaml}, e.g. MOVE-HOT-TO-COLD
 * @param title the lever's name, e.g. "Move value from hot to cold storage"
 * @param change what to change in this profile, in plain words and with its figures
 * @param owner who carries it out
 * @param effort how much work it takes
 * @param clears ids of the CRITICAL and HIGH findings it clears, worst first (re-assessed, not assumed)
 * @param requires levers of earlier improvements whose patches this one builds on (it writes where they write, or
 *                 adds to a list one of them creates): apply those first; empty for most
 * @param patch the RFC 6902 JSON Patch that applies the change to the profile (after those it requires)
 */
@JsonPropertyOrder({"lever", "title", "change", "owner", "effort", "clears", "requires", "patch"})
public record Improvement(String lever, String title, String change, ActionOwner owner, Effort effort,
                          List<String> clears, List<String> requires, JsonNode patch) {

    public Improvement {
        clears = List.copyOf(clears);
        requires = requires == null ? List.of() : List.copyOf(requires);
    }

    /** An improvement that builds on no other. */
    public Improvement(String lever, String title, String change, ActionOwner owner, Effort effort,
                       List<String> clears, JsonNode patch) {
        this(lever, title, change, owner, effort, clears, List.of(), patch);
    }
}
