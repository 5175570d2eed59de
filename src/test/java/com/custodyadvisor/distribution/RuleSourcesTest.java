package com.custodyadvisor.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.catalog.CatalogLoader;
import com.custodyadvisor.engine.RuleSetCompiler;
import com.custodyadvisor.support.ShippedRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which rules and data a command uses: given, found in the working directory, or shipped in the program. */
class RuleSourcesTest {

    @Test
    void directoriesGivenAreUsedAsTheyAre(@TempDir Path dir) {
        RuleSources sources = RuleSources.resolve(dir.resolve("r"), dir.resolve("d"), dir);

        assertThat(sources.rules()).isEqualTo(new RuleSources.Source(dir.resolve("r"), RuleSources.Origin.GIVEN));
        assertThat(sources.data()).isEqualTo(new RuleSources.Source(dir.resolve("d"), RuleSources.Origin.GIVEN));
        assertThat(sources.rules().describe()).isEqualTo(dir.resolve("r").toString());
    }

    @Test
    void aCheckoutsRulesAndDataAreFoundInTheWorkingDirectory() {
        RuleSources sources = RuleSources.resolve(null, null, Path.of(""));

        assertThat(sources.rules().origin()).isEqualTo(RuleSources.Origin.WORKING_DIRECTORY);
        assertThat(sources.rules().path()).isEqualTo(Path.of("rules"));
        assertThat(sources.data().path()).isEqualTo(Path.of("data"));
        assertThat(sources.rules().describe()).isEqualTo("rules/ in the working directory");
    }

    @Test
    void anEmptyWorkingDirectoryGetsTheShippedSet(@TempDir Path empty) {
        RuleSources sources = RuleSources.resolve(null, null, empty);

        assertThat(sources.rules().shipped()).isTrue();
        assertThat(sources.data().shipped()).isTrue();
        assertThat(sources.rules().describe()).isEqualTo("shipped with custody-advisor " + BuildInfo.version());
    }

    @Test
    void directoriesThatHoldNoRulesOrNoCatalogueAreNotTakenForOurs(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("rules/lint.yaml"), "rules: []\n");
        Files.createDirectories(dir.resolve("data"));

        RuleSources sources = RuleSources.resolve(null, null, dir);

        assertThat(sources.rules().shipped()).isTrue();
        assertThat(sources.data().shipped()).isTrue();
    }

    @Test
    void theShippedSetIsTheCheckoutsRulesAndData(@TempDir Path empty) throws Exception {
        RuleSources shipped = RuleSources.resolve(null, null, empty);

        assertThat(RuleSetCompiler.versionOf(shipped.rules().path(), shipped.data().path()))
                .isEqualTo(ShippedRules.ruleSet().version());
        assertThat(CatalogLoader.load(shipped.data().path()).version()).isEqualTo(ShippedRules.catalog().version());
        assertThat(relativeFiles(shipped.data().path())).containsExactlyInAnyOrderElementsOf(relativeFiles(ShippedRules.DATA));
        assertThat(relativeFiles(shipped.rules().path()))
                .containsExactlyInAnyOrderElementsOf(relativeFiles(ShippedRules.RULES));
    }

    @Test
    void theProgramKnowsItsVersion() {
        assertThat(BuildInfo.version()).matches("\\d+\\.\\d+\\.\\d+.*").doesNotContain("${");
        assertThat(BuildInfo.java()).startsWith("Java " + System.getProperty("java.version"));
    }

    private static List<String> relativeFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .toList();
        }
    }
}
