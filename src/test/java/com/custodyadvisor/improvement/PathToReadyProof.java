package com.custodyadvisor.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.advisory.Improvement;
import com.custodyadvisor.advisory.NotClearable;
import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.document.JsonPatch;
import com.custodyadvisor.document.JsonPatchException;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.profile.InvalidProfileException;
import com.custodyadvisor.profile.ProfileReader;
import com.custodyadvisor.profile.SubmittedProfile;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The proof a test makes of an advisory's path to READY, independently of the search: each improvement's patch
 * applies to the profile as submitted (after those of the improvements it requires) and gives valid input; all of them applied together give a profile whose
 * own advisory has no open CRITICAL or HIGH finding other than those {@code notClearable} names.
 */
final class PathToReadyProof {

    private PathToReadyProof() {
    }

    /** Checks the advisory's path for the profile; returns the advisory of the improved profile. */
    static Advisory check(Advisor advisor, SubmittedProfile submitted, Advisory advisory) {
        return check(advisor, new ProfileReader(), submitted, advisory);
    }

    /** The same, reading patched profiles with the reader given (one with the advisor's day). */
    static Advisory check(Advisor advisor, ProfileReader reader, SubmittedProfile submitted, Advisory advisory) {
        JsonNode improved = submitted.tree();
        for (Improvement i : advisory.improvements()) {
            assertThat(i.clears()).as("%s clears something", i.lever()).isNotEmpty();
            // on the profile as submitted, after only the improvements it says it requires
            JsonNode alone = submitted.tree();
            for (Improvement before : advisory.improvements()) {
                if (i.requires().contains(before.lever())) {
                    alone = apply(alone, before);
                }
            }
            read(reader, apply(alone, i), i.lever() + (i.requires().isEmpty() ? " alone" : " after " + i.requires()));
            improved = apply(improved, i);
        }
        Advisory after = advisor.advise(read(reader, improved, "all improvements"));
        List<String> left = severe(after);
        List<String> named = advisory.pathToReady().notClearable().stream().map(NotClearable::finding).toList();
        assertThat(named).as("notClearable names what the improvements leave open").containsExactlyInAnyOrderElementsOf(left);
        assertThat(advisory.pathToReady().proven()).isEqualTo(left.isEmpty());
        assertThat(advisory.pathToReady().verdictAfter()).isEqualTo(after.summary().verdict());
        assertThat(advisory.pathToReady().countsAfter()).isEqualTo(after.summary().counts());
        return after;
    }

    static List<String> severe(Advisory advisory) {
        return advisory.findings().stream().filter(Finding::isOpen)
                .filter(f -> f.severity() == Severity.CRITICAL || f.severity() == Severity.HIGH).map(Finding::id)
                .toList();
    }

    private static JsonNode apply(JsonNode tree, Improvement i) {
        try {
            return JsonPatch.apply(tree, i.patch());
        } catch (JsonPatchException e) {
            throw new AssertionError(i.lever() + ": its patch does not apply: " + e.getMessage(), e);
        }
    }

    private static SubmittedProfile read(ProfileReader reader, JsonNode tree, String what) {
        try {
            return reader.read(tree);
        } catch (InvalidProfileException e) {
            throw new AssertionError(what + ": the patched profile is not valid: " + e.getMessage(), e);
        }
    }
}
