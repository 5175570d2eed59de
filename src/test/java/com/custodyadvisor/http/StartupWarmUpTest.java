package com.custodyadvisor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.profile.ProfileReader;
import com.custodyadvisor.support.RunawayRules;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupWarmUpTest {

    @Test
    void advisesTheShippedExampleWithoutCountingItAsAClientsAdvisory() {
        Advisor advisor = TestAdvisors.shipped().withTimeout(Duration.ofSeconds(60));
        StartupWarmUp warmUp = new StartupWarmUp(new ProfileReader());

        assertTrue(warmUp.readProfile());
        assertTrue(warmUp.advise(advisor));
        assertEquals(0, advisor.stats().advisories());
        assertEquals(0, advisor.stats().failures());
    }

    @Test
    void aWarmUpTheRulesFailOnNeverStopsTheStart(@TempDir Path dir) {
        Advisor looping = TestAdvisors.withRules(dir, RunawayRules.INSERTS_FOR_EVER);
        StartupWarmUp warmUp = new StartupWarmUp(new ProfileReader());
        assertTrue(warmUp.readProfile());

        assertFalse(warmUp.advise(looping));
    }

    @Test
    void withoutAProfileThereIsNothingToAdvise() {
        assertFalse(new StartupWarmUp(new ProfileReader()).advise(TestAdvisors.shipped()));
    }
}
