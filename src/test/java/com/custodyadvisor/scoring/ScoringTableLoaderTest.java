package com.custodyadvisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.custodyadvisor.catalog.ProviderRole;
import com.custodyadvisor.document.Problem;
import com.custodyadvisor.profile.Need;
import com.custodyadvisor.support.ShippedRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scoring table's standings and order of approach are read and checked like its weights. */
class ScoringTableLoaderTest {

    @Test
    void theShippedTableHasThreeStandingsAndFourStepsThatTakeEveryRole() throws Exception {
        ScoringTable table = ScoringTableLoader.load(ShippedRules.DATA);
        assertThat(table.standings()).extracting(ScoringTable.Standing::id).containsExactly("ASKED", "NAMED", "HELPS");
        assertThat(table.standingOf(List.of(ReasonKind.TIERS, ReasonKind.BEST_FOR)).id()).isEqualTo("NAMED");
        assertThat(table.standingOf(List.of(ReasonKind.STATED_SECONDARY, ReasonKind.REGION)).id()).isEqualTo("HELPS");
        assertThat(table.approach().orders()).containsExactly(Need.TOWER);
        assertThat(table.approach().steps()).extracting(ScoringTable.ApproachStep::id)
                .containsExactly("BROKER", "LEAD", "CAPACITY", "ADD_ONS");
        for (ProviderRole role : ProviderRole.values()) {
            assertThat(table.approach().stepOf(role)).as(role.name()).isBetween(0, 3);
        }
        assertThat(table.approach().steps().get(1).takes(ProviderRole.INSURER, "HELPS")).isFalse();
        assertThat(table.approach().steps().get(1).takes(ProviderRole.INSURER, "NAMED")).isTrue();
    }

    @Test
    void aRoleWithoutAStepAStepNamingNoStandingAndAReasonInTwoStandingsAreReportedAtTheirLines(@TempDir Path dir)
            throws Exception {
        ShippedRules.copyData(dir);
        Path file = dir.resolve("scoring.yaml");
        Files.writeString(file, Files.readString(file)
                .replace("reasons: [DERIVED_PRIMARY, BEST_FOR]", "reasons: [DERIVED_PRIMARY, STATED_PRIMARY]")
                .replace("standings: [ASKED, NAMED]", "standings: [ASKED, NAMD]")
                .replace("roles: [WARRANTY_PROVIDER, ADD_ON]", "roles: [ADD_ON, BROKER]"));
        ScoringTableException e = catchThrowableOfType(ScoringTableException.class, () -> ScoringTableLoader.load(dir));
        assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder("/standings/1/reasons/1",
                "/approach/steps/1/standings/1", "/approach/steps/3/roles/1", "/approach/steps");
        assertThat(e.problems()).extracting(Problem::message).contains(
                "STATED_PRIMARY is already listed by standing ASKED",
                "\"NAMD\" names no standing; known: ASKED, HELPS, NAMED",
                "BROKER is already taken by step BROKER; a role takes one step",
                "no step takes WARRANTY_PROVIDER: a provider of that role would have no place in the plan");
        assertThat(e.problems()).filteredOn(p -> p.path().equals("/approach/steps/1/standings/1")).singleElement()
                .satisfies(p -> assertThat(p.line()).isPositive());
    }
}
