package com.custodyadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.profile.SubmittedProfile;
import com.custodyadvisor.support.ShippedRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The broker pack as PDF: A4, one section per page run, each starting a page, numbered in the footer. */
class BrokerPackPdfTest {

    @ParameterizedTest
    @ValueSource(strings = {"large-exchange.yaml", "apac-custodian.yaml", "cyber-only.yaml"})
    void eachSectionStartsAPageAndEveryPageIsNumbered(String example) throws IOException {
        SubmittedProfile submitted = ShippedRules.example(example);
        Advisory advisory = ShippedRules.advisor().advise(submitted);

        byte[] pdf = BrokerPackPdf.render(submitted.profile(), advisory, ShippedRules.catalog());

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        List<String> pages = pages(pdf);
        List<String> firstLines = firstLines(pages);
        String firm = submitted.profile().firm().name();
        // the title and the summary share the first page; every other section opens a page of its own
        assertThat(firstLines.get(0)).isEqualTo("Custody insurance readiness: " + firm);
        assertThat(pages.get(0).lines().skip(1).findFirst()).hasValue(MarkdownReport.SECTIONS.get(0));
        List<String> opened = firstLines.stream().filter(MarkdownReport.SECTIONS::contains).toList();
        assertThat(opened).containsExactlyElementsOf(MarkdownReport.SECTIONS.subList(1, MarkdownReport.SECTIONS.size()));
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page %d", i + 1).contains(firm + ": broker pack")
                    .contains("Page " + (i + 1) + " of " + pages.size());
        }
        String all = String.join("\n", pages);
        MarkdownReport.SECTIONS.forEach(title -> assertThat(all).contains(title));
        assertThat(all).contains(advisory.summary().verdict().name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"large-exchange.yaml"})
    void theLayoutIsA4AndTheFontsTravelWithIt(String example) throws IOException {
        SubmittedProfile submitted = ShippedRules.example(example);
        byte[] pdf = BrokerPackPdf.render(submitted.profile(), ShippedRules.advisor().advise(submitted),
                ShippedRules.catalog());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle size = document.getPage(0).getMediaBox();
            assertThat(Math.round(size.getWidth() / 72 * 25.4)).isEqualTo(210);
            assertThat(Math.round(size.getHeight() / 72 * 25.4)).isEqualTo(297);
            List<String> fonts = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(name).getName());
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).contains("DejaVuSans"));
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Custody insurance readiness: "
                    + submitted.profile().firm().name());
        }
    }

    @Test
    void aTableRunningOntoTheNextPageRepeatsItsHeaderRow() throws IOException {
        StringBuilder wallets = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            wallets.append("  - {name: vault ").append(i).append(", tier: COLD, valueUsd: 1000000, keyScheme: MULTISIG, "
                    + "threshold: 3, keyShares: 5, hsmFipsLevel: 3}\n");
        }
        SubmittedProfile submitted = ShippedRules.profile("""
                firm: {name: Many Vaults Ltd, type: QUALIFIED_CUSTODIAN, domicile: CH}
                holdings: {aumUsd: 60000000}
                wallets:
                """ + wallets);
        byte[] pdf = BrokerPackPdf.render(submitted.profile(), ShippedRules.advisor().advise(submitted),
                ShippedRules.catalog());

        List<String> pages = pages(pdf);
        int first = firstLines(pages).indexOf("Wallet inventory");
        String header = "Wallet Value Declared Assessed Scheme Threshold HSM FIPS Key sites Held by";
        assertThat(pages.get(first)).contains(header).contains("vault 0 ");
        assertThat(pages.get(first + 1).lines().findFirst()).as("the next page opens with the header row")
                .hasValue(header);
        assertThat(pages.get(first + 1)).contains("vault 59 ");
    }

    private static List<String> firstLines(List<String> pages) {
        return pages.stream().map(p -> p.lines().findFirst().orElse("")).toList();
    }

    /** Each page's text, ligatures (the "fi" of "profile") read as their letters. */
    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            // top to bottom, as a reader sees the page (the running footer is laid out first)
            stripper.setSortByPosition(true);
            String[] texts = new String[document.getNumberOfPages()];
            for (int page = 1; page <= texts.length; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts[page - 1] = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFKC).strip();
            }
            return Arrays.asList(texts);
        }
    }
}
