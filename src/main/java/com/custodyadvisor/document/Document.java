package com.custodyadvisor.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A parsed JSON or YAML document: its tree, and (worked out only when a problem needs them) the
 * line and column where each value starts, so problems can say where they are.
 */
public final class Document {

    private final byte[] bytes;
    private final Format format;
    private final JsonNode tree;

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
            throw new InvalidDocumentException("malformed " + format, List.of(malformed(format, bytes, e)));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new InvalidDocumentException("empty document",
                    List.of(Problem.at("", "the document is empty").withPosition(1, 1)));
        }
        if (format == Format.YAML) {
            refuseAliases(bytes);
        }
        return new Document(bytes, format, tree);
    }

    /**
     * The YAML reader gives an alias ({@code *name}) as the text of its name, not the value it points at, so
     * {@code provider: *p} would read as "p". Profiles and catalogues have no need of them: refused, with
     * where they are. (Only documents with a '*' are scanned again.)
     */
    private static void refuseAliases(byte[] bytes) throws InvalidDocumentException {
        if (!contains(bytes, (byte) '*')) {
            return;
        }
        try (JsonParser parser = Mappers.YAML.createParser(bytes)) {
            YAMLParser yaml = (YAMLParser) parser;
            while (parser.nextToken() != null) {
                if (yaml.isCurrentAlias()) {
                    TokenStreamLocation at = parser.currentTokenLocation();
                    String name = parser.getString();
                    String pointer = parser.streamReadContext().pathAsPointer().toString();
                    throw new InvalidDocumentException("YAML alias", List.of(Problem.at(pointer, "the YAML alias *"
                            + name + " is not supported: write the value out where it is needed")
                            .withPosition(at.getLineNr(), Math.max(at.getColumnNr(), 1))));
                }
            }
        } catch (JacksonException e) {
            // the tree was read from the same text, so this does not happen
        }
    }

    private static boolean contains(byte[] bytes, byte wanted) {
        for (byte b : bytes) {
            if (b == wanted) {
                return true;
            }
        }
        return false;
    }

    private static Problem malformed(Format format, byte[] bytes, JacksonException e) {
        String message = e.getOriginalMessage();
        if (message == null || message.isBlank()) {
            message = "the text cannot be read";
        }
        // YAML errors quote the source on indented lines and repeat positions on " in reader" lines:
        // the unindented lines say what is wrong.
        message = message.strip().lines()
                .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .map(String::strip)
                .collect(java.util.stream.Collectors.joining("; "));
        Problem problem = Problem.at("", "malformed " + format + ": " + ParserMessages.plain(message));
        TokenStreamLocation at = e.getLocation();
        if (at == null || at.getLineNr() <= 0) {
            at = whereReadingStops(format, bytes);
        }
        return problem.withPosition(at == null ? 1 : Math.max(at.getLineNr(), 1),
                at == null ? 1 : Math.max(at.getColumnNr(), 1));
    }

    /**
     * Some failures (a limit passed) come without a position: read the tokens again to where the reading fails
     * or the nesting passes its limit (which the tree reader, not the token reader, enforces).
     */
    private static TokenStreamLocation whereReadingStops(Format format, byte[] bytes) {
        ObjectMapper mapper = Mappers.forFormat(format);
        int maxDepth = mapper.tokenStreamFactory().streamReadConstraints().getMaxNestingDepth();
        JsonParser parser = mapper.createParser(bytes);
        try (parser) {
            int depth = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                if (depth > maxDepth) {
                    return parser.currentTokenLocation();
                }
            }
            return null;
        } catch (JacksonException e) {
            return parser.currentLocation();
        }
    }


    public JsonNode tree() {
        return tree;
    }

    /**
     * Adds the line and column of the problem's path (or of its nearest ancestor) to each problem and
     * puts them in the order they appear in the text.
     */
    public List<Problem> locate(List<Problem> problems) {
        Map<String, int[]> positions = positionsOf(problems.stream().map(Problem::path).toList());
        List<Problem> located = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            int[] at = nearest(positions, p.path());
            located.add(at == null || p.line() != null ? p : p.withPosition(at[0], at[1]));
        }
        located.sort(Comparator.comparing(Problem::line, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Problem::column, Comparator.nullsFirst(Comparator.naturalOrder())));
        return located;
    }

    /** Line and column where the value at the pointer starts, or where its nearest ancestor does; or null. */
    public int[] positionOf(String pointer) {
        return nearest(positionsOf(List.of(pointer)), pointer);
    }

    /** Where the values at the pointers, and the containers on the way to them, start. */
    private Map<String, int[]> positionsOf(List<String> pointers) {
        Set<String> wanted = new HashSet<>();
        Set<String> onTheWay = new HashSet<>();
        for (String path : pointers) {
            wanted.add(path);
            for (String pointer = path; !pointer.isEmpty(); ) {
                pointer = pointer.substring(0, pointer.lastIndexOf('/'));
                wanted.add(pointer);
                onTheWay.add(pointer);
            }
        }
        return scanPositions(wanted, onTheWay);
    }

    private static int[] nearest(Map<String, int[]> positions, String pointer) {
        String p = pointer;
        while (true) {
            int[] at = positions.get(p);
            if (at != null || p.isEmpty()) {
                return at;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /**
     * Where the wanted values start. Only the containers on the way to one are read into: a list of a hundred
     * thousand entries with one problem about the list as a whole is skipped, not walked.
     *
     * @param onTheWay the pointers of the containers that hold a wanted value
     */
    private Map<String, int[]> scanPositions(Set<String> wanted, Set<String> onTheWay) {
        Map<String, int[]> found = new HashMap<>();
        try (JsonParser parser = Mappers.forFormat(format).createParser(bytes)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token.isStructEnd()) {
                    continue;
                }
                String pointer = parser.streamReadContext().pathAsPointer().toString();
                if (wanted.contains(pointer)) {
                    TokenStreamLocation at = parser.currentTokenLocation();
                    found.putIfAbsent(pointer, new int[] {at.getLineNr(), Math.max(at.getColumnNr(), 1)});
                }
                if (token.isStructStart() && !onTheWay.contains(pointer)) {
                    parser.skipChildren();
                }
            }
        } catch (JacksonException e) {
            // the tree parsed, so this does not happen; positions are a courtesy, not a must
        }
        return found;
    }
}
