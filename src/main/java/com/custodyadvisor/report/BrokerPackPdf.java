package com.custodyadvisor.report;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.catalog.Catalog;
import com.custodyadvisor.profile.Profile;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The broker pack as a PDF: its Markdown ({@link MarkdownReport}) read by commonmark with GFM tables into HTML,
 * laid out on A4 by openhtmltopdf (PDFBox) with the pack's print stylesheet: a page break before each section,
 * table headers repeated on every page a table spans, page numbers in the footer. The fonts (DejaVu Sans
 * Condensed, DejaVu Sans Mono) travel in the jar, so the PDF looks the same on a server without fonts; only the
 * glyphs used are embedded.
 */
public final class BrokerPackPdf {

    private static final String RESOURCES = "/custody-advisor/pdf/";
    private static final String SANS = "DejaVu Sans Condensed";
    private static final String MONO = "DejaVu Sans Mono";

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    // both are immutable and thread-safe: one for every render
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();
    private static final String STYLESHEET = new String(resource("broker-pack.css"), StandardCharsets.UTF_8);
    private static final byte[] REGULAR = resource("fonts/DejaVuSansCondensed.ttf");
    private static final byte[] BOLD = resource("fonts/DejaVuSansCondensed-Bold.ttf");
    private static final byte[] ITALIC = resource("fonts/DejaVuSansCondensed-Oblique.ttf");
    private static final byte[] BOLD_ITALIC = resource("fonts/DejaVuSansCondensed-BoldOblique.ttf");
    private static final byte[] MONOSPACE = resource("fonts/DejaVuSansMono.ttf");

    static {
        XRLog.setLoggerImpl(new LayoutLog());
        FontMappers.set(new BundledFontMapper(REGULAR));
    }

    private BrokerPackPdf() {
    }

    /** The broker pack of an advisory the service made, as PDF. */
    public static byte[] render(Profile profile, Advisory advisory, Catalog catalog) {
        return render(MarkdownReport.render(profile, advisory, catalog), profile.firm().name());
    }

    /** The PDF of the pack whose Markdown is given; {@code firm} names it in the footer and the document title. */
    public static byte[] render(String markdown, String firm) {
        String html = html(markdown, firm);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withHtmlContent(html, null)
                .withProducer("Custody Advisor")
                // the pack is self-contained: nothing it names is ever fetched
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .toStream(pdf);
        font(builder, REGULAR, SANS, 400, FontStyle.NORMAL);
        font(builder, BOLD, SANS, 700, FontStyle.NORMAL);
        font(builder, ITALIC, SANS, 400, FontStyle.ITALIC);
        font(builder, BOLD_ITALIC, SANS, 700, FontStyle.ITALIC);
        font(builder, MONOSPACE, MONO, 400, FontStyle.NORMAL);
        try {
            builder.run();
        } catch (IOException e) {
            // written to memory: only a broken resource of the jar could cause it
            throw new UncheckedIOException("cannot lay out the broker pack as PDF", e);
        }
        return pdf.toByteArray();
    }

    /** The XHTML document openhtmltopdf lays out: the pack's HTML, its stylesheet and the running footer. */
    static String html(String markdown, String firm) {
        String body = HTML.render(PARSER.parse(markdown));
        String name = escapeXml(firm);
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><title>Custody insurance readiness: "
                + name + "</title><style>\n" + STYLESHEET + "</style></head><body>\n"
                + "<div class=\"footer\">" + name + ": broker pack</div>\n" + body + "</body></html>\n";
    }

    private static void font(PdfRendererBuilder builder, byte[] bytes, String family, int weight, FontStyle style) {
        builder.useFont(() -> new ByteArrayInputStream(bytes), family, weight, style, true);
    }

    private static String escapeXml(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static byte[] resource(String name) {
        try (InputStream in = BrokerPackPdf.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + RESOURCES + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
