package com.custodyadvisor.http;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.http.QuotedQualityCSV;

/** The media types the advisory endpoint reads and writes, and how a request's headers choose among them. */
final class MediaTypes {

    static final String JSON = "application/json";
    static final String MARKDOWN = "text/markdown";
    static final String MARKDOWN_UTF8 = MARKDOWN + "; charset=utf-8";
    static final String PDF = "application/pdf";

    /** What an advisory can be answered as, in the order a wildcard prefers them. */
    static final List<String> ADVISORY_TYPES = List.of(JSON, MARKDOWN, PDF);

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
     * The type the advisory is answered in: the first of the Accept header's ranges, best quality first, that
     * one of {@link #ADVISORY_TYPES} matches (JSON first for a wildcard). JSON wins ties and is the answer when the
     * header names none of them, so a plain client always gets the advisory; null (406) only when the header
     * refuses JSON ({@code q=0} on it or on every type) and accepts neither of the others.
     */
    static String negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        // orders by quality, then by specificity; ranges with q=0 are dropped
        QuotedQualityCSV ranges = new QuotedQualityCSV(QuotedQualityCSV.MOST_SPECIFIC_MIME_ORDERING);
        ranges.addValue(accept);
        Set<String> refused = refused(accept);
        for (String range : ranges.getValues()) {
            String base = baseType(range);
            for (String type : ADVISORY_TYPES) {
                if (matches(base, type) && !refused.contains(type)) {
                    return type;
                }
            }
        }
        return refused.contains(JSON) || refused.contains("*/*") ? null : JSON;
    }

    /** The ranges the header gives q=0: "not this one". */
    private static Set<String> refused(String accept) {
        Set<String> refused = new HashSet<>();
        for (String element : accept.split(",")) {
            String[] parts = element.split(";");
            for (int i = 1; i < parts.length; i++) {
                String[] param = parts[i].split("=", 2);
                if (param.length == 2 && param[0].strip().equalsIgnoreCase("q") && isZero(param[1].strip())) {
                    refused.add(baseType(parts[0]));
                }
            }
        }
        return refused;
    }

    private static boolean isZero(String quality) {
        try {
            return Double.parseDouble(quality) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
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
