package com.custodyadvisor.advisory;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The CryptoCurrency Security Standard level the profile supports, aspect by aspect.
 *
 * @param level the lowest level among the aspects assessed; absent when none is (aspects not assessed are left out
 *              of it, so one of them can only lower it)
 * @param target the level the firm aims for ({@code controls.ccssTarget}); absent when not given
 * @param claimed the level the firm says it meets ({@code controls.ccssClaimed}); absent when not given
 * @param notAssessed the numbers of the aspects the profile says nothing of ("1.05")
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"level", "target", "claimed", "notAssessed", "aspects"})
public record CcssSummary(Integer level, Integer target, Integer claimed, List<String> notAssessed,
                          List<Aspect> aspects) {

    /**
     * One aspect.
     *
     * @param level 0 to 3; absent when not assessed
     * @param exact true when the profile shows exactly this level (the next requirement is not in place); false when
     *              the next requirement is not confirmed, so the aspect may reach higher
     * @param next what the next level needs first; absent at level 3
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"number", "title", "level", "exact", "next"})
    public record Aspect(String number, String title, Integer level, boolean exact, Next next) {
    }

    /**
     * The first requirement of the next level the profile does not show met.
     *
     * @param number its CCSS number and level: "1.03 L2"
     * @param state NOT_IN_PLACE (the profile says so) or NOT_CONFIRMED (left out)
     * @param path JSON Pointer of the field it reads
     */
    @JsonPropertyOrder({"level", "number", "requirement", "state", "path"})
    public record Next(int level, String number, String requirement, RequirementState state, String path) {
    }

    /** Whether the profile says a requirement is not in place, or leaves it out. */
    public enum RequirementState {
        NOT_IN_PLACE, NOT_CONFIRMED
    }
}
