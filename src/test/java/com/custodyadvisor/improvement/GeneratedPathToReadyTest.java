package com.custodyadvisor.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.profile.ProfileReader;
import com.custodyadvisor.profile.SchemaProfiles;
import com.custodyadvisor.profile.SubmittedProfile;
import com.custodyadvisor.support.SeededCases;
import com.custodyadvisor.support.ShippedRules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The path to READY of profiles the schema admits, not only the examples: each improvement's patch applies to the
 * profile as submitted and gives valid input, and all of them together leave open only what notClearable names.
 * Profiles come from {@link SchemaProfiles}, each case from a seed of its own; more with {@code -Dprops.paths=N}.
 */
class GeneratedPathToReadyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    private static final int PROFILES = Integer.getInteger("props.paths", 150);

    private final ProfileReader reader = new ProfileReader().withClock(CLOCK);
    private final Advisor advisor = new Advisor(ShippedRules.ruleSet(), ShippedRules.catalog(),
            Advisor.DEFAULT_FIRING_LIMIT, CLOCK);
    private final SchemaProfiles profiles = new SchemaProfiles(TODAY, ShippedRules.ruleSet().ids());

    @Test
    void improvementsOfGeneratedProfilesApplyAndClearWhatTheyClaim() {
        Map<String, Integer> chosen = new TreeMap<>();
        Map<String, Integer> notClearable = new TreeMap<>();
        AtomicInteger improved = new AtomicInteger();
        AtomicInteger proven = new AtomicInteger();
        SeededCases.run("GeneratedPathToReadyTest#improvementsOfGeneratedProfilesApplyAndClearWhatTheyClaim",
                20261130L, PROFILES, random -> {
                    JsonNode profile = profiles.validProfile(random);
                    SubmittedProfile submitted = reader.read(profile);
                    Advisory advisory = advisor.advise(submitted);
                    PathToReadyProof.check(advisor, reader, submitted, advisory);
                    advisory.improvements().forEach(i -> chosen.merge(i.lever(), 1, Integer::sum));
                    advisory.pathToReady().notClearable().forEach(n -> notClearable.merge(n.finding(), 1, Integer::sum));
                    if (!advisory.improvements().isEmpty()) {
                        improved.incrementAndGet();
                    }
                    if (advisory.pathToReady().proven() && !PathToReadyProof.severe(advisory).isEmpty()) {
                        proven.incrementAndGet();
                    }
                });
        System.out.printf("paths: %d generated profiles, %d with improvements, %d brought to no open CRITICAL or HIGH; "
                + "levers chosen %s; left to the firm %s%n", PROFILES, improved.get(), proven.get(), chosen, notClearable);
        if (!SeededCases.oneCase()) {
            assertThat(improved.get()).as("profiles with improvements").isPositive();
            assertThat(chosen.size()).as("levers chosen across the profiles").isGreaterThan(3);
        }
    }
}
