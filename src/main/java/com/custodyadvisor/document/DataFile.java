package com.custodyadvisor.document;

import com.custodyadvisor.support.Hashes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads a YAML or JSON data file that analysts edit and checks it against its schema, then against what
 * a schema cannot say; every problem comes back with its line, so the file can be fixed in one pass.
 */
public final class DataFile {

    private DataFile() {
    }

    /** A data file that passed its checks, and the SHA-256 (hex) of its bytes (the version of what it says). */
    public record Checked(Document document, String sha256) {

        public JsonNode tree() {
            return document.tree();
        }
    }

    /** What a data file problem is raised as, e.g. {@code (file, problems) -> new CatalogException(file, problems)}. */
    @FunctionalInterface
    public interface Failure<E extends DataFileException> {
        E of(Path file, List<Problem> problems);
    }

    /**
     * The checked tree of the file.
     *
     * @param crossChecks problems the schema cannot find (duplicates, references), by JSON Pointer; they run
     *                    on trees the schema rejected too, so they read with {@code path()}
     * @throws E with every problem, located in the file
     */
    public static <E extends DataFileException> Checked read(Path file, SchemaValidator schema,
            Function<Document, List<Problem>> crossChecks, Failure<E> failure) throws E {
        return read(file, schema, crossChecks, (document, problems) -> problems, failure);
    }

    /**
     * The checked tree of the file, as above; {@code describe} rewords the problems with what the document
     * says (e.g. names the catalogue entry each is in).
     */
    public static <E extends DataFileException> Checked read(Path file, SchemaValidator schema,
            Function<Document, List<Problem>> crossChecks, BiFunction<Document, List<Problem>, List<Problem>> describe,
            Failure<E> failure) throws E {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw failure.of(file, List.of(Problem.at("", "file not found (is --data pointing at the data directory?)")));
        } catch (IOException e) {
            throw failure.of(file, List.of(Problem.at("", "cannot read: " + e.getMessage())));
        }
        return check(file, bytes, schema, crossChecks, describe, failure);
    }

    /** Parses and checks the bytes of a data file; {@code file} names it in problems. */
    public static <E extends DataFileException> Checked check(Path file, byte[] bytes, SchemaValidator schema,
            Function<Document, List<Problem>> crossChecks, BiFunction<Document, List<Problem>, List<Problem>> describe,
            Failure<E> failure) throws E {
        Document document;
        try {
            document = Document.parse(bytes);
        } catch (InvalidDocumentException e) {
            throw failure.of(file, e.problems());
        }
        List<Problem> problems = new ArrayList<>(schema.validate(document.tree()));
        problems.addAll(crossChecks.apply(document));
        if (!problems.isEmpty()) {
            throw failure.of(file, document.locate(describe.apply(document, problems)));
        }
        return new Checked(document, Hashes.sha256(bytes));
    }
}
