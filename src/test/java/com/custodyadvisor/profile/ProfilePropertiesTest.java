package com.custodyadvisor.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.advisory.Evidence;
import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.advisory.ProviderMatch;
import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.advisory.Verdict;
import com.custodyadvisor.document.Problem;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.support.Pointers;
import com.custodyadvisor.support.ShippedRules;
import java.util.Comparator;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Properties of every profile the schema admits, not just the examples: the advisory adds up, points only at
 * what was submitted, and is ordered; and a profile made invalid in one place is refused at that place.
 */
class ProfilePropertiesTest {

    private final ProfileReader reader = new ProfileReader();
    private final Advisor advisor = ShippedRules.advisor();

    @Provide
    Arbitrary<JsonNode> profiles() {
        return new SchemaArbitraries().validProfiles();
    }

    @Property(tries = 300, seed = "20261128")
    void everyGeneratedProfileGetsAnAdvisoryThatHoldsTogether(@ForAll("profiles") JsonNode profile)
            throws Exception {
        SubmittedProfile submitted = reader.read(SchemaArbitraries.bytes(profile));

        Advisory advisory = advisor.advise(submitted);

        long critical = open(advisory, Severity.CRITICAL);
        long high = open(advisory, Severity.HIGH);
        assertThat(advisory.summary().verdict()).isEqualTo(Verdict.of(critical > 0, high > 0));
        for (Severity severity : Severity.values()) {
            assertThat(advisory.summary().counts().get(severity)).as("count of %s", severity)
                    .isEqualTo((int) open(advisory, severity));
        }
        assertThat(advisory.summary().waived()).isEqualTo(advisory.findings().stream().filter(f -> !f.isOpen()).count());
        assertThat(advisory.findings()).isSortedAccordingTo(Comparator.comparing(Finding::severity)
                .thenComparing(Finding::id));
        assertThat(advisory.findings()).extracting(Finding::id).doesNotHaveDuplicates();
        assertThat(advisory.providers()).extracting(ProviderMatch::id).doesNotHaveDuplicates();
        assertThat(advisory.providers()).isSortedAccordingTo(Comparator.comparingInt(ProviderMatch::fit).reversed());
        for (Finding finding : advisory.findings()) {
            for (Evidence evidence : finding.evidence()) {
                JsonNode at = submitted.tree().at(JsonPointer.compile(evidence.path()));
                if (evidence.value() == null) {
                    assertThat(at.isMissingNode()).as("%s: %s is given, yet reported as not given", finding.id(),
                            evidence.path()).isTrue();
                } else {
                    assertThat(at).as("%s: evidence %s", finding.id(), evidence.path()).isEqualTo(evidence.value());
                }
            }
        }
    }

    @Property(tries = 500, seed = "20261128")
    void aProfileMadeInvalidInOnePlaceIsRefusedThere(@ForAll("profiles") JsonNode profile, @ForAll long seed) {
        Mutations.Mutation mutation = Mutations.mutate(profile, new Random(seed));

        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
                () -> reader.read(SchemaArbitraries.bytes(mutation.profile())));

        assertThat(e).as("%s at %s was accepted", mutation.kind(), mutation.pointer()).isNotNull();
        for (Problem problem : e.problems()) {
            assertThat(Pointers.placeIn(mutation.profile(), problem.path()))
                    .as("%s names a place in the profile", problem.describe()).isTrue();
            assertThat(problem.line()).as("%s has a line", problem.describe()).isNotNull();
        }
        assertThat(e.problems()).as("a problem at or around %s (%s)", mutation.pointer(), mutation.kind())
                .anySatisfy(p -> assertThat(mutation.pointer().startsWith(p.path())
                        || p.path().startsWith(mutation.pointer())).isTrue());
    }

    private static long open(Advisory advisory, Severity severity) {
        return advisory.findings().stream().filter(f -> f.isOpen() && f.severity() == severity).count();
    }
}
