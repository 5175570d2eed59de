package com.custodyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.distribution.RuleSources;
import com.custodyadvisor.engine.Advisor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A command-line run gives its advisories the long deadline, not the warm service's. */
class EngineOptionsTest {

    @Test
    void aCommandLineAdvisorWaitsLongerThanTheServiceDefault() {
        StringWriter problems = new StringWriter();
        Advisor advisor = EngineOptions.load(RuleSources.resolve(null, null), new PrintWriter(problems));

        assertThat(problems.toString()).isEmpty();
        assertThat(advisor.timeout()).isEqualTo(EngineOptions.COMMAND_LINE_TIMEOUT)
                .isGreaterThan(Advisor.DEFAULT_TIMEOUT).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
    }
}
