package com.custodyadvisor.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.advisory.Evidence;
import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.advisory.FirmNeed;
import com.custodyadvisor.advisory.ProviderMatch;
import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.advisory.Verdict;
import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.document.Problem;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.scoring.ScoringTable;
import com.custodyadvisor.support.Pointers;
import com.custodyadvisor.support.SeededCases;
import com.custodyadvisor.support.ShippedRules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Properties of every profile the schema admits, not just the examples: the advisory adds up, points only at
 * what was submitted, and is ordered; with every finding waived (one profile in three) it still does, keeps the
 * same findings, and is READY; and a profile made invalid in one place is refused at that place.
 * Profiles come from {@link SchemaProfiles}, changes from {@link Mutations}, each case from a seed of its own
 * ({@link SeededCases}). More cases: {@code -Dprops.profiles=N -Dprops.mutations=N}.
 */
class ProfilePropertiesTest {

    /** Today for the reader and the advisor alike, so a case replays the same on any day. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    private static final int PROFILES = Integer.getInteger("props.profiles", 300);
    private static final int MUTATIONS = Integer.getInteger("props.mutations", 500);
    /** One profile in this many is advised again with every finding waived (an advisory costs the most). */
    private static final int WAIVING_ONE_IN = 3;
    private static final ScoringTable SCORING = ShippedRules.ruleSet().scoring();

    private final ProfileReader reader = new ProfileReader().withClock(CLOCK);
    private final Advisor advisor = new Advisor(ShippedRules.ruleSet(), ShippedRules.catalog(),
            Advisor.DEFAULT_FIRING_LIMIT, CLOCK);
    private final SchemaProfiles profiles = new SchemaProfiles(TODAY, ShippedRules.ruleSet().ids());

    @Test
    void everyGeneratedProfileGetsAnAdvisoryThatHoldsTogether() {
        Map<Verdict, Integer> verdicts = new TreeMap<>();
        IntSummaryStatistics findings = new IntSummaryStatistics();
        AtomicInteger allWaived = new AtomicInteger();
        long started = System.nanoTime();

        SeededCases.run("ProfilePropertiesTest#everyGeneratedProfileGetsAnAdvisoryThatHoldsTogether", 20261128L,
                PROFILES, random -> {
                    JsonNode profile = profiles.validProfile(random);
                    show("profile", profile);
                    SubmittedProfile submitted = readValid(profile);

                    Advisory advisory = advisor.advise(submitted);

                    assertHoldsTogether(advisory, submitted.tree());
                    verdicts.merge(advisory.summary().verdict(), 1, Integer::sum);
                    findings.accept(advisory.findings().size());
                    if (random.nextInt(WAIVING_ONE_IN) != 0) {
                        return;
                    }

                    SubmittedProfile accepted = readValid(waivingEverything(profile, advisory));
                    Advisory waived = advisor.advise(accepted);

                    assertHoldsTogether(waived, accepted.tree());
                    assertThat(waived.findings()).as("findings once every one is waived")
                            .allSatisfy(f -> assertThat(f.isOpen()).as("%s is open", f.id()).isFalse())
                            .extracting(Finding::id).containsExactlyInAnyOrderElementsOf(everyId(advisory));
                    // what is left open is what the profile does not say: a question a CRITICAL or HIGH rule relies on
                    assertThat(waived.summary().verdict()).isEqualTo(waived.summary().blockingQuestions().isEmpty()
                            ? Verdict.READY : Verdict.NEEDS_WORK);
                    allWaived.incrementAndGet();
                });

        System.out.printf("props: %d generated profiles in %.1f s; verdicts %s; findings per advisory %d to %d, "
                        + "%.1f on average; %d advised again with every finding waived%n", findings.getCount(),
                (System.nanoTime() - started) / 1e9, verdicts, findings.getMin(), findings.getMax(),
                findings.getAverage(), allWaived.get());
        if (!SeededCases.oneCase()) {
            assertThat(profiles.notYetGenerated()).as("places of the schema no generated profile had a value at")
                    .isEmpty();
        }
    }

    @Test
    void aProfileMadeInvalidInOnePlaceIsRefusedThere() {
        Map<String, Integer> kinds = new TreeMap<>();
        long started = System.nanoTime();

        SeededCases.run("ProfilePropertiesTest#aProfileMadeInvalidInOnePlaceIsRefusedThere", 20261129L, MUTATIONS,
                random -> {
                    JsonNode valid = profiles.validProfile(random);
                    readValid(valid);
                    Mutations.Mutation mutation = Mutations.mutate(valid, TODAY, random);
                    show(mutation.kind() + " at " + mutation.pointer(), mutation.profile());

                    InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
                            () -> reader.read(bytes(mutation.profile())));

                    assertThat(e).as("%s at %s was accepted", mutation.kind(), mutation.pointer()).isNotNull();
                    for (Problem problem : e.problems()) {
                        assertThat(Pointers.placeIn(mutation.profile(), problem.path()))
                                .as("%s names a place in the profile", problem.describe()).isTrue();
                        assertThat(problem.line()).as("%s has a line", problem.describe()).isNotNull();
                    }
                    assertThat(e.problems()).extracting(Problem::path)
                            .as("%s: a problem at %s", mutation.kind(), mutation.pointer())
                            .contains(mutation.pointer());
                    kinds.merge(mutation.kind(), 1, Integer::sum);
                });

        System.out.printf("props: %d mutations in %.1f s; by kind %s%n", kinds.values().stream()
                .mapToInt(Integer::intValue).sum(), (System.nanoTime() - started) / 1e9, kinds);
        if (!SeededCases.oneCase()) {
            assertThat(kinds.keySet()).as("kinds of change made")
                    .containsExactlyInAnyOrderElementsOf(Mutations.kinds());
        }
    }

    /**
     * Providers rank by standing (in the scoring table's order), then by fit; a provider comes after one of
     * less fit in its standing only when the order of approach holds it back (it is matched on a need the
     * approach orders, e.g. a reinsurer behind the tower's brokers).
     */
    private static void assertRankedByStandingThenFit(Advisory advisory) {
        List<String> standings = SCORING.standings().stream().map(ScoringTable.Standing::id).toList();
        assertThat(advisory.providers()).isSortedAccordingTo(Comparator.comparingInt(p -> standings.indexOf(p.standing().id())));
        Set<Need> ordered = advisory.needs().stream().map(FirmNeed::need).filter(SCORING.approach().orders()::contains)
                .collect(Collectors.toSet());
        List<ProviderMatch> ranked = advisory.providers();
        for (int i = 0; i < ranked.size(); i++) {
            for (int j = i + 1; j < ranked.size(); j++) {
                ProviderMatch above = ranked.get(i);
                ProviderMatch below = ranked.get(j);
                if (above.standing().equals(below.standing()) && above.fit() < below.fit()) {
                    assertThat(ordered).as("%s (fit %d) ranks above %s (fit %d) in one standing", above.id(),
                            above.fit(), below.id(), below.fit())
                            .anyMatch(ShippedRules.catalog().find(below.id()).orElseThrow()::serves);
                }
            }
        }
    }

    private static void assertHoldsTogether(Advisory advisory, JsonNode sent) {
        long critical = open(advisory, Severity.CRITICAL);
        long high = open(advisory, Severity.HIGH);
        assertThat(advisory.summary().verdict()).isEqualTo(Verdict.of(critical > 0, high > 0,
                !advisory.summary().blockingQuestions().isEmpty()));
        for (Severity severity : Severity.values()) {
            assertThat(advisory.summary().counts().get(severity)).as("count of %s", severity)
                    .isEqualTo((int) open(advisory, severity));
        }
        assertThat(advisory.summary().waived())
                .isEqualTo(advisory.findings().stream().filter(f -> !f.isOpen()).count());
        assertThat(advisory.findings()).isSortedAccordingTo(Comparator.comparing(Finding::severity)
                .thenComparing(Finding::id));
        assertThat(advisory.findings()).extracting(Finding::id).doesNotHaveDuplicates();
        assertThat(advisory.providers()).extracting(ProviderMatch::id).doesNotHaveDuplicates();
        assertRankedByStandingThenFit(advisory);
        for (Finding finding : advisory.findings()) {
            for (Evidence evidence : finding.evidence()) {
                JsonNode at = sent.at(JsonPointer.compile(evidence.path()));
                if (evidence.value() == null) {
                    assertThat(at.isMissingNode()).as("%s: %s is given, yet reported as not given", finding.id(),
                            evidence.path()).isTrue();
                } else {
                    assertThat(at).as("%s: evidence %s", finding.id(), evidence.path()).isEqualTo(evidence.value());
                }
            }
        }
    }

    /**
     * The profile with its own waivers replaced by one for each finding of its advisory (except those about its
     * waivers, which then have no cause).
     */
    private static JsonNode waivingEverything(JsonNode profile, Advisory advisory) {
        ObjectNode accepting = (ObjectNode) profile.deepCopy();
        ArrayNode waivers = accepting.putArray("waivers");
        everyId(advisory).forEach(id -> waivers.addObject().put("id", id).put("reason", "accepted while the cover is placed"));
        return accepting;
    }

    /** Every finding id of the advisory, covered ones included (a waived root covers nothing: they stand again). */
    private static List<String> everyId(Advisory advisory) {
        return advisory.findings().stream().flatMap(f -> java.util.stream.Stream.concat(java.util.stream.Stream.of(f.id()),
                f.covers().stream().map(c -> c.id()))).filter(id -> !id.startsWith("WAIVER-")).distinct().toList();
    }

    /** Reads a profile the generator made valid; a refusal is the generator's failure, so it says why. */
    private SubmittedProfile readValid(JsonNode profile) throws InvalidProfileException {
        try {
            return reader.read(bytes(profile));
        } catch (InvalidProfileException e) {
            throw new AssertionError("the generated profile is refused: " + e.problems().stream()
                    .map(Problem::describe).toList(), e);
        }
    }

    /** The case in full, when one case is run alone. */
    private static void show(String what, JsonNode profile) {
        if (SeededCases.oneCase()) {
            System.out.println(what + ":\n" + Mappers.JSON_PRETTY.writeValueAsString(profile));
        }
    }

    private static byte[] bytes(JsonNode profile) {
        return Mappers.JSON.writeValueAsBytes(profile);
    }

    private static long open(Advisory advisory, Severity severity) {
        return advisory.findings().stream().filter(f -> f.isOpen() && f.severity() == severity).count();
    }
}
