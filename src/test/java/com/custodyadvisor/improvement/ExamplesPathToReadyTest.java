package com.custodyadvisor.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.advisory.Improvement;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.profile.SubmittedProfile;
import com.custodyadvisor.support.ShippedRules;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** For every shipped example, the improvements applied together leave nothing CRITICAL or HIGH open but what notClearable names. */
class ExamplesPathToReadyTest {

    static Stream<String> examples() throws IOException {
        return ShippedRules.exampleNames();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void improvementsApplyAndClearWhatTheyClaim(String example) {
        Advisor advisor = ShippedRules.advisor();
        SubmittedProfile submitted = ShippedRules.example(example);
        Advisory advisory = advisor.advise(submitted);
        PathToReadyProof.check(advisor, submitted, advisory);
        System.out.println(example + ": before " + PathToReadyProof.severe(advisory));
        for (Improvement i : advisory.improvements()) {
            System.out.println("  " + i.lever() + " clears " + i.clears() + ": " + i.change());
        }
        System.out.println("  after: " + advisory.pathToReady());
        assertThat(advisory.actionPlan()).hasSizeGreaterThanOrEqualTo(advisory.improvements().size());
    }
}
