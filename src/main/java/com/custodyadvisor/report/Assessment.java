package com.custodyadvisor.report;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.document.Document;
import com.custodyadvisor.profile.Profile;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * One profile and its advisory, with what the outputs need to point back into it: the file it was read
 * from and the parsed document, which knows the line and column of each JSON Pointer.
 *
 * @param file the profile's file as the user named it; null when it came from standard input or a request
 * @param document the parsed profile; null when positions are not known
 */
public record Assessment(String file, Document document, Profile profile, Advisory advisory) {

    /** A profile with no file behind it (standard input, an HTTP request). */
    public static Assessment of(Profile profile, Advisory advisory) {
        return new Assessment(null, null, profile, advisory);
    }

    /** The file's name for people; "<stdin>" when it came from standard input. */
    public String displayName() {
        return file == null ? "<stdin>" : file;
    }

    /**
     * The file as a URI reference: relative paths stay relative (with forward slashes), so CI tools resolve
     * them against the checkout; absolute ones become file: URIs. Null without a file.
     */
    public String uri() {
        if (file == null) {
            return null;
        }
        Path path = Path.of(file).normalize();
        if (path.isAbsolute()) {
            return path.toUri().toString();
        }
        try {
            return new URI(null, null, path.toString().replace('\\', '/'), null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot name " + file + " as a URI", e);
        }
    }

    /** Line and column (1-based) where the value at the pointer (or its nearest ancestor) starts; null if unknown. */
    public int[] positionOf(String pointer) {
        return document == null || pointer == null ? null : document.positionOf(pointer);
    }
}
