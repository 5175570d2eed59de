package com.custodyadvisor.http;

import com.custodyadvisor.document.Mappers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example profiles shipped in data/examples, as YAML and as JSON. */
final class Profiles {

    static final Path EXAMPLES = Path.of("data", "examples");

    /** The smallest profile the schema accepts. */
    static final String MINIMAL_JSON = """
            {"firm": {"name": "Minimal Custody Ltd", "type": "QUALIFIED_CUSTODIAN", "domicile": "US"},
             "holdings": {"aumUsd": 1000000}}
            """;

    private Profiles() {
    }

    static List<Path> examples() {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String yaml(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same profile written as JSON. */
    static String json(Path file) {
        return Mappers.JSON.writeValueAsString(Mappers.YAML.readTree(yaml(file)));
    }
}
