package com.custodyadvisor.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The rules and data the build put inside the program ({@code custody-advisor/rules} and
 * {@code custody-advisor/data} on the class path), as paths the engine reads like any directory: inside the
 * jar they are paths of the jar's own file system, in an unpacked class path (the image, tests) plain
 * directories.
 */
final class ShippedFiles {

    private static Path root;

    private ShippedFiles() {
    }

    static Path rules() {
        return root().resolve("rules");
    }

    static Path data() {
        return root().resolve("data");
    }

    private static synchronized Path root() {
        if (root == null) {
            root = locate();
        }
        return root;
    }

    private static Path locate() {
        URL marker = ShippedFiles.class.getResource(BuildInfo.PROPERTIES);
        if (marker == null) {
            throw new IllegalStateException("the program has no shipped rules: " + BuildInfo.PROPERTIES
                    + " is not on the class path");
        }
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("jar")) {
                // opened once and kept open for the life of the process: the rule set reads from it
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // another part of the program opened it first: use that one
                }
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the shipped rules at " + marker, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
