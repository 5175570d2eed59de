package com.custodyadvisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.custodyadvisor.document.Problem;
import com.custodyadvisor.parameters.Parameters;
import com.custodyadvisor.parameters.ParametersLoader;
import com.custodyadvisor.profile.Need;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {

    private static final Path SHIPPED = Path.of("data");

    @Test
    void theShippedCatalogueHoldsTheSeedsTenProvidersInRankOrder() throws Exception {
        Catalog catalog = CatalogLoader.load(SHIPPED);
        assertThat(catalog.providers()).extracting(Provider::id).containsExactly("evertas", "coincover", "marsh",
                "aon", "munich-re", "lloyds", "canopius", "relm", "breach", "chainproof");
        assertThat(catalog.providers()).extracting(Provider::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(catalog.version()).hasSize(64);
        assertThat(catalog.providers()).allSatisfy(p -> {
            assertThat(p.headline()).as(p.id()).startsWith("Best");
            assertThat(p.considerIf()).as(p.id()).isNotBlank();
            assertThat(p.alternatives()).as(p.id()).hasSize(2);
            assertThat(p.features()).as(p.id()).hasSize(3);
            assertThat(p.sources()).as(p.id()).isNotEmpty();
            assertThat(p.serves()).as(p.id()).isNotEmpty();
        });
    }

    @Test
    void everyNeedIsServedByTheProviderTheSeedNamesForIt() throws Exception {
        Catalog catalog = CatalogLoader.load(SHIPPED);
        assertThat(primaryFor(catalog, Need.CRYPTO_FIRST_INSURER)).containsExactly("evertas");
        assertThat(primaryFor(catalog, Need.TOWER)).containsExactly("marsh", "aon", "lloyds");
        assertThat(primaryFor(catalog, Need.APAC_CAPACITY)).containsExactly("canopius");
        assertThat(primaryFor(catalog, Need.EMBEDDED_PROTECTION)).containsExactly("coincover", "breach");
        assertThat(primaryFor(catalog, Need.STAKING_DEFI_COVER)).containsExactly("chainproof");
        assertThat(primaryFor(catalog, Need.PRE_UNDERWRITING_ASSESSMENT)).containsExactly("aon");
        assertThat(primaryFor(catalog, Need.BESPOKE_WORDING)).containsExactly("lloyds", "relm");
        assertThat(primaryFor(catalog, Need.RETAIL_FACING_PROTECTION)).containsExactly("breach");
        assertThat(primaryFor(catalog, Need.REINSURANCE_BACKING)).containsExactly("munich-re");
        assertThat(primaryFor(catalog, Need.WALLET_RECOVERY)).containsExactly("coincover");
        assertThat(primaryFor(catalog, Need.WARRANTY_PROTECTION)).containsExactly("coincover");
    }

    /** One catalogue entry with the fields every provider needs, then {@code more} (lines of its own). */
    private static String entry(String id, String name, int rank, String role, String regions, String more) {
        return "  - id: " + id + "\n    name: " + name + "\n    rank: " + rank + "\n    headline: Best for tests\n"
                + "    role: " + role + "\n    regions: " + regions + "\n    considerIf: You test.\n"
                + (more.isEmpty() ? "" : "    " + more + "\n");
    }

    private static List<String> primaryFor(Catalog catalog, Need need) {
        return catalog.providers().stream()
                .filter(p -> p.service(need).map(s -> s.strength() == Strength.PRIMARY).orElse(false))
                .map(Provider::id).toList();
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        CatalogException e = catchThrowableOfType(CatalogException.class, () -> CatalogLoader.load(dir));
        assertThat(e.file()).isEqualTo(dir.resolve("providers.yaml"));
        assertThat(e.problems()).extracting(Problem::message).singleElement().asString().startsWith("file not found");
    }

    @Test
    void duplicateIdsUnknownAlternativesAndUnknownValuesNameFileEntryAndLine(@TempDir Path dir) throws Exception {
        String yaml = "providers:\n" + entry("alpha", "Alpha", 1, "INSURER", "[GLOBAL]", "alternatives: [gamma]")
                + entry("alpha", "Alpha again", 2, "BROKR", "[GLOBAL, MARS]", "");
        Files.writeString(dir.resolve("providers.yaml"), yaml, StandardCharsets.UTF_8);
        CatalogException e = catchThrowableOfType(CatalogException.class, () -> CatalogLoader.load(dir));
        assertThat(e.getMessage()).contains(dir.resolve("providers.yaml").toString());
        assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
                "/providers/0/alternatives/0", "/providers/1/id", "/providers/1/role", "/providers/1/regions/1");
        assertThat(e.problems()).filteredOn(p -> p.path().equals("/providers/1/role")).singleElement()
                .satisfies(p -> {
                    assertThat(p.message()).startsWith("entry 2 (alpha): unknown value \"BROKR\"; allowed: INSURER");
                    assertThat(p.line()).isEqualTo(14);
                });
        assertThat(e.problems()).filteredOn(p -> p.path().equals("/providers/0/alternatives/0")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("\"gamma\" names no provider"));
        assertThat(e.problems()).filteredOn(p -> p.path().equals("/providers/1/id")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("duplicate id \"alpha\""));
    }

    @Test
    void lineSizesCarryTheirSourceAndAFigureOrAreLeftOut(@TempDir Path dir) throws Exception {
        String yaml = "providers:\n"
                + entry("alpha", "Alpha", 1, "INSURER", "[GLOBAL]", "lineSize: {basis: \"a sentence that gives no figure\"}")
                + entry("beta", "Beta", 2, "INSURER", "[GLOBAL]",
                        "lineSize: {maxUsd: 100000000}\n    notes: [{text: \"A condition with no source.\"}]");
        Files.writeString(dir.resolve("providers.yaml"), yaml, StandardCharsets.UTF_8);
        CatalogException e = catchThrowableOfType(CatalogException.class, () -> CatalogLoader.load(dir));
        assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
                "/providers/0/lineSize", "/providers/1/lineSize/basis", "/providers/1/notes/0/basis");
        assertThat(e.problems()).filteredOn(p -> p.path().equals("/providers/0/lineSize")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("maxUsd"));
    }

    /** The Lloyd's line and the market's capacity the rules judge by are one figure: the parameter holds it. */
    @Test
    void aLineSizeNamingAParameterReadsItsFigureFromTheParameters(@TempDir Path dir) throws Exception {
        Catalog shipped = CatalogLoader.load(SHIPPED);
        Parameters parameters = ParametersLoader.load(SHIPPED);
        LineSize lloyds = shipped.find("lloyds").orElseThrow().lineSize();
        assertThat(lloyds.maxUsd()).as("no figure of its own").isNull();
        assertThat(lloyds.maxUsdParameter()).isEqualTo("market-capacity-usd");
        assertThat(shipped.parameterProblems(parameters)).isEmpty();
        assertThat(shipped.resolved(parameters).find("lloyds").orElseThrow().lineSize().maxUsd())
                .isEqualTo(parameters.usd("market-capacity-usd"));

        String yaml = "providers:\n"
                + entry("alpha", "Alpha", 1, "INSURER", "[GLOBAL]", "lineSize: {maxUsdParameter: no-such-line, basis: b}")
                + entry("beta", "Beta", 2, "INSURER", "[GLOBAL]", "lineSize: {maxUsdParameter: hot-share-ceiling, basis: b}");
        Files.writeString(dir.resolve("providers.yaml"), yaml, StandardCharsets.UTF_8);
        assertThat(CatalogLoader.load(dir).parameterProblems(parameters)).extracting(Problem::message).containsExactly(
                "alpha: line size parameter \"no-such-line\" is not in parameters.yaml",
                "beta: line size parameter \"hot-share-ceiling\" is in RATIO, not USD");

        Files.writeString(dir.resolve("providers.yaml"), "providers:\n" + entry("alpha", "Alpha", 1, "INSURER",
                "[GLOBAL]", "lineSize: {maxUsd: 1, maxUsdParameter: market-capacity-usd, basis: b}"));
        CatalogException both = catchThrowableOfType(CatalogException.class, () -> CatalogLoader.load(dir));
        assertThat(both.problems()).extracting(Problem::path).containsExactly("/providers/0/lineSize/maxUsd");
    }

    @Test
    void theShippedCatalogueNamesASourceForEveryNarrowingAndEveryFigure() throws Exception {
        Catalog catalog = CatalogLoader.load(SHIPPED);
        assertThat(catalog.providers()).flatExtracting(Provider::bestFor)
                .filteredOn(b -> b.customers() != null || !b.custodyModels().isEmpty())
                .isNotEmpty().allSatisfy(b -> assertThat(b.basis()).isNotBlank());
        assertThat(catalog.providers()).filteredOn(p -> p.lineSize().isPublished()).extracting(Provider::id)
                .containsExactly("lloyds");
        Provider lloyds = catalog.find("lloyds").orElseThrow();
        assertThat(lloyds.lineSize().resolved(ParametersLoader.load(SHIPPED)).text()).isEqualTo("up to 500,000,000 USD");
        assertThat(lloyds.lineSize().basis()).contains("500m USD for one digital-asset risk");
        assertThat(catalog.find("evertas").orElseThrow().lineSize().text()).isEqualTo("not published");
        assertThat(catalog.providers()).flatExtracting(Provider::notes)
                .allSatisfy(n -> assertThat(n.basis()).startsWith("references.md"));
        Provider breach = catalog.find("breach").orElseThrow();
        assertThat(breach.bestFor()).extracting(BestFor::describe).containsExactly("RETAIL_PLATFORM",
                "SMB with customers of its own", "SMB with custody model [SUB_CUSTODIAN]",
                "EXCHANGE with [RETAIL_FACING_PROTECTION, EMBEDDED_PROTECTION]");
    }

    @Test
    void bareAndQualifiedBestForEntriesAreBothRead() throws Exception {
        Provider canopius = CatalogLoader.load(SHIPPED).find("canopius").orElseThrow();
        assertThat(canopius.bestFor()).anySatisfy(b -> assertThat(b.regions()).isNotEmpty());
        Provider evertas = CatalogLoader.load(SHIPPED).find("evertas").orElseThrow();
        assertThat(evertas.bestFor()).allSatisfy(b -> assertThat(b.regions()).isEmpty());
    }
}
