package com.custodyadvisor.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * A parsed JSON or YAML document: its tree, and (worked out only when a problem needs them) the
 * line and column where each value starts, so problems can say where they are.
 */
public final class Document {

    private final byte[] bytes;
    private final Format format;
    private final JsonNode tree;
    private Map<String, int[]> positions;

    private Document(byte[] bytes, Format format, JsonNode tree) {
        this.bytes = bytes;
        this.format = format;
        this.tree = tree;
    }

    /**
     * Parses JSON or YAML, chosen by content.
     *
     * @throws InvalidDocumentException when the text is empty or not well-formed, with line and column
     */
    public static Document parse(byte[] bytes) throws InvalidDocumentException {
        Format format = Format.sniff(bytes);
        JsonNode tree;
        try {
            tree = Mappers.forFormat(format).readTree(bytes);
        } catch (JacksonException e) {
            throw new InvalidDocumentException("malformed " + format, List.of(malformed(format, e)));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new InvalidDocumentException("empty document", List.of(Problem.at("", "the document is empty")));
        }
        return new Document(bytes, format, tree);
    }

    private static Problem malformed(Format format, JacksonException e) {
        String message = e.getOriginalMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        // YAML errors quote the source on indented lines and repeat positions on " in reader" lines:
        // the unindented lines say what is wrong.
        message = message.strip().lines()
                .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .map(String::strip)
                .collect(java.util.stream.Collectors.joining("; "));
        Problem problem = Problem.at("", "malformed " + format + ": " + message);
        TokenStreamLocation at = e.getLocation();
        if (at != null && at.getLineNr() > 0) {
            problem = problem.withPosition(at.getLineNr(), Math.max(at.getColumnNr(), 1));
        }
        return problem;
    }


    public JsonNode tree() {
        return tree;
    }

    /**
     * Adds the line and column of the problem's path (or of its nearest ancestor) to each problem and
     * puts them in the order they appear in the text.
     */
    public List<Problem> locate(List<Problem> problems) {
        List<Problem> located = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            int[] at = positionOf(p.path());
            located.add(at == null ? p : p.withPosition(at[0], at[1]));
        }
        located.sort(Comparator.comparing(Problem::line, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Problem::column, Comparator.nullsFirst(Comparator.naturalOrder())));
        return located;
    }

    /** Line and column where the value at the pointer starts, or where its nearest ancestor does. */
    public int[] positionOf(String pointer) {
        Map<String, int[]> all = positions();
        String p = pointer;
        while (true) {
            int[] at = all.get(p);
            if (at != null || p.isEmpty()) {
                return at;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    private synchronized Map<String, int[]> positions() {
        if (positions == null) {
            positions = scanPositions();
        }
        return positions;
    }

    private Map<String, int[]> scanPositions() {
        Map<String, int[]> found = new HashMap<>();
        try (JsonParser parser = Mappers.forFormat(format).createParser(bytes)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = parser.streamReadContext().pathAsPointer().toString();
                TokenStreamLocation at = parser.currentTokenLocation();
                found.putIfAbsent(pointer, new int[] {at.getLineNr(), Math.max(at.getColumnNr(), 1)});
            }
        } catch (JacksonException e) {
            // the tree parsed, so this does not happen; positions are a courtesy, not a must
        }
        return found;
    }
}
