package com.custodyadvisor.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodyadvisor.parameters.ParametersLoader;
import com.custodyadvisor.support.ShippedRules;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** data/levers.yaml is read and checked like the other data files: shape, then what a schema cannot say, by line. */
class LeversLoaderTest {

    @TempDir
    Path dir;

    @Test
    void theShippedLeversLoad() throws Exception {
        Levers levers = LeversLoader.load(ShippedRules.DATA, ParametersLoader.load(ShippedRules.DATA));
        assertThat(levers.all()).extracting(Lever::id).contains("MOVE-HOT-TO-COLD", "ENGAGE-BROKER",
                "ADD-OWN-THEFT-POLICY", "ADD-EXCESS-LAYER");
        assertThat(levers.notClearableReason("REG-RESERVE")).isPresent();
        assertThat(levers.version()).hasSize(64);
    }

    @Test
    void aDuplicateIdIsReportedWithItsLine() throws Exception {
        String text = Files.readString(ShippedRules.DATA.resolve("levers.yaml"))
                .replace("  - id: REVIEW-WORDING", "  - id: ENGAGE-BROKER");
        int line = lineOf(text, "  - id: ENGAGE-BROKER", 2);
        assertThatThrownBy(() -> load(text)).isInstanceOf(LeversException.class)
                .hasMessageContaining("levers.yaml:\n  line " + line + ",").hasMessageContaining("duplicate lever id \"ENGAGE-BROKER\"");
    }

    @Test
    void aPlaceholderTheMechanicDoesNotFillIsReported() throws Exception {
        String text = Files.readString(ShippedRules.DATA.resolve("levers.yaml"))
                .replace("bringing hot holdings to {share}", "bringing hot holdings to {limit}");
        assertThatThrownBy(() -> load(text)).isInstanceOf(LeversException.class)
                .hasMessageContaining("{limit} is not filled by mechanic move-share");
    }

    @Test
    void anUnknownParameterOrOneInAnotherUnitIsReported() throws Exception {
        String text = Files.readString(ShippedRules.DATA.resolve("levers.yaml"))
                .replace("share: hot-concentration-medium", "share: hot-concentration-middling")
                .replace("cap: hot-sublimit-scarce-usd", "cap: hot-share-ceiling");
        assertThatThrownBy(() -> load(text)).isInstanceOf(LeversException.class)
                .hasMessageContaining("parameter \"hot-concentration-middling\" is not in parameters.yaml")
                .hasMessageContaining("parameter \"hot-share-ceiling\" is in RATIO, not USD");
    }

    @Test
    void aMechanicsSettingsAreCheckedByTheSchema() throws Exception {
        String text = Files.readString(ShippedRules.DATA.resolve("levers.yaml"))
                .replace("      peril: VENDOR_BREACH", "      peril: VENDOR_BREACH\n      tier: HOT");
        assertThatThrownBy(() -> load(text)).isInstanceOf(LeversException.class).hasMessageContaining("tier");
    }

    private Levers load(String text) throws Exception {
        Files.writeString(dir.resolve("levers.yaml"), text);
        return LeversLoader.load(dir, ParametersLoader.load(ShippedRules.DATA));
    }

    /** The line of the n-th occurrence of a line's text. */
    private static int lineOf(String text, String line, int occurrence) {
        String[] lines = text.split("\n", -1);
        int seen = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals(line) && ++seen == occurrence) {
                return i + 1;
            }
        }
        throw new AssertionError("no line " + line);
    }
}
