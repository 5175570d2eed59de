package com.custodyadvisor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Rule sets of a multiple of the shipped rules' size, for measuring how an advisory's cost grows with the
 * rule count: copy k of every file goes to its own package ({@code custody.rules.copyK}, so rule names stay
 * unique) with its finding ids suffixed ({@code -CK}), so every copy makes findings of its own.
 */
final class ScaledRules {

    private static final Pattern ID = Pattern.compile("@id\\(\"([A-Z0-9-]+)\"\\)");

    private ScaledRules() {
    }

    /** A directory with {@code copies} copies of the shipped rules (1 is the shipped set), made once. */
    static Path of(int copies) {
        Path dir = Path.of("target", "bench-rules", "x" + copies);
        if (Files.isDirectory(dir)) {
            return dir;
        }
        try {
            Path building = Files.createDirectories(Path.of("target", "bench-rules"))
                    .resolve("x" + copies + ".partial");
            Files.createDirectories(building);
            List<Path> files;
            try (Stream<Path> listing = Files.list(Path.of("rules"))) {
                files = listing.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
            }
            for (int k = 0; k < copies; k++) {
                for (Path file : files) {
                    String text = Files.readString(file);
                    if (k > 0) {
                        text = text.replace("package custody.rules;", "package custody.rules.copy" + k + ";");
                        Matcher m = ID.matcher(text);
                        text = m.replaceAll("@id(\"$1-C" + k + "\")");
                    }
                    String name = file.getFileName().toString();
                    Files.writeString(building.resolve(k == 0 ? name : name.replace(".drl", "-" + k + ".drl")), text);
                }
            }
            Files.move(building, dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
