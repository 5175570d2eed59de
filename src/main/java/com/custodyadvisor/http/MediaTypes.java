package com.custodyadvisor.http;

import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.QuotedQualityCSV;

/** The media types the advisory endpoint reads and writes, and how a request's headers choose among them. */
final class MediaTypes {

    static final String JSON = "application/json";
    static final String MARKDOWN = "text/markdown";
    static final String MARKDOWN_UTF8 = MARKDOWN + "; charset=utf-8";

    /** The body types a profile may be sent as; the parser tells JSON from YAML by content. */
    static final List<String> PROFILE_TYPES = List.of(JSON, "application/yaml", "application/x-yaml", "text/yaml");

    private MediaTypes() {
    }

    /** "application/json; charset=utf-8" → "application/json"; null or blank → null. */
    static String baseType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        String base = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return base.strip().toLowerCase(Locale.ROOT);
    }

    static boolean isProfileType(String contentType) {
        String base = baseType(contentType);
        return base != null && PROFILE_TYPES.contains(base);
    }

    /**
     * True when the Accept header prefers the Markdown report to JSON. JSON wins ties and is the answer
     * when the caller accepts neither, so a plain client always gets the advisory.
     */
    static boolean prefersMarkdown(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        // orders by quality, then by specificity; ranges with q=0 are dropped
        QuotedQualityCSV ranges = new QuotedQualityCSV(QuotedQualityCSV.MOST_SPECIFIC_MIME_ORDERING);
        ranges.addValue(accept);
        for (String range : ranges.getValues()) {
            String base = baseType(range);
            if (matches(base, JSON)) {
                return false;
            }
            if (matches(base, MARKDOWN)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String range, String type) {
        if (range == null) {
            return false;
        }
        if (range.equals("*/*") || range.equals("*") || range.equals(type)) {
            return true;
        }
        return range.endsWith("/*") && type.startsWith(range.substring(0, range.length() - 1));
    }
}
