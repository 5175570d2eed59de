package com.custodyadvisor.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.document.Problem;
import com.custodyadvisor.support.ShippedRules;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** data/regimes.yaml is read and checked like the other data files: shape, then what a schema cannot say. */
class RegimeTableLoaderTest {

    @Test
    void theShippedTableHasEveryRegimeOfTheSourcesWithTheirCertainty() throws Exception {
        RegimeTable table = RegimeTableLoader.load(ShippedRules.DATA);

        assertThat(table.regimes()).extracting(Regime::id).contains("JP", "HK", "SG", "KR", "BH", "TH", "CA", "EU",
                "FR", "US-NY", "US-SEC-TRUST", "AE-DU");
        RegimeFigure bahrain = table.find("BH").orElseThrow().figures().get(0);
        assertThat(bahrain.kind()).isEqualTo(FigureKind.COLD_FLOOR);
        assertThat(bahrain.isPerAsset()).isTrue();
        assertThat(bahrain.certainty()).isEqualTo(Certainty.PRIMARY);
        assertThat(table.find("CA").orElseThrow().figures().get(0).certainty()).isEqualTo(Certainty.UNCONFIRMED);
    }

    @Test
    void certaintyLowersASeverityAndCapsIt() throws Exception {
        RegimeTable table = RegimeTableLoader.load(ShippedRules.DATA);

        assertThat(table.weighing(Certainty.PRIMARY).weigh(Severity.CRITICAL)).isEqualTo(Severity.CRITICAL);
        assertThat(table.weighing(Certainty.SUMMARY).weigh(Severity.HIGH)).isEqualTo(Severity.MEDIUM);
        assertThat(table.weighing(Certainty.SUMMARY).weigh(Severity.CRITICAL)).isEqualTo(Severity.HIGH);
        assertThat(table.weighing(Certainty.UNCONFIRMED).weigh(Severity.CRITICAL)).isEqualTo(Severity.MEDIUM);
        assertThat(table.weighing(Certainty.UNCONFIRMED).weigh(Severity.HIGH)).isEqualTo(Severity.LOW);
        assertThat(table.weighing(Certainty.UNCONFIRMED).weigh(Severity.LOW)).isEqualTo(Severity.INFO);
    }

    @Test
    void aBrokenTableIsReportedProblemByProblemAtItsLines(@TempDir Path dir) throws Exception {
        ShippedRules.copyData(dir);
        Path file = dir.resolve("regimes.yaml");
        Files.writeString(file, Files.readString(file)
                .replace("  - id: SG\n", "  - id: HK\n")
                .replace("jurisdiction: TH\n", "jurisdiction: XX\n")
                .replace("        value: 0.8\n        basis: AGGREGATE\n        certainty: UNCONFIRMED",
                        "        value: 0.8\n        basis: AGGREGATE\n        certainty: DOUBTFUL"));

        RegimeTableException e = catchThrowableOfType(RegimeTableException.class, () -> RegimeTableLoader.load(dir));

        assertThat(e.getMessage()).contains("regimes.yaml");
        assertThat(e.problems()).extracting(Problem::path).contains("/regimes/2/id", "/regimes/5/jurisdiction",
                "/regimes/6/figures/0/certainty");
        assertThat(e.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("duplicate id \"HK\""))
                .anySatisfy(m -> assertThat(m).contains("\"XX\" does not name an ISO 3166-1 country"));
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
    }
}
