package com.custodyadvisor.questions;

import com.custodyadvisor.document.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * The questions of {@code data/questions.yaml}, and which of them a profile leaves open. A question's field is
 * answered when the profile gives it a value (null is no answer); {@code *} in its pointer asks it once per item
 * of the list there (no items, no question).
 */
public final class Questions {

    /** One question as a profile meets it: the question and the field it points at in that profile. */
    public record Asked(Question question, String pointer, boolean answered) {
    }

    private final List<Question> all;
    private final Path file;
    private final Document document;
    private final String version;
    /** The file's pointers without {@code *} (and the lists before a {@code *}), parsed once, not per profile. */
    private final Map<String, JsonPointer> parsed = new HashMap<>();

    Questions(List<Question> all, Path file, Document document, String version) {
        this.all = List.copyOf(all);
        this.file = file;
        this.document = document;
        this.version = version;
        for (Question q : this.all) {
            parse(q.pointer());
            q.also().forEach(this::parse);
            q.unless().keySet().forEach(this::parse);
        }
    }

    private void parse(String pointer) {
        int star = pointer.indexOf("/*");
        String fixed = star < 0 ? pointer : pointer.substring(0, star);
        if (!fixed.contains("*")) {
            try {
                parsed.put(fixed, JsonPointer.compile(fixed));
            } catch (IllegalArgumentException e) {
                // not a pointer: left to fail where it is read, as it always has
            }
        }
    }

    /** The node at the pointer, parsed once where the file names it as it is. */
    private JsonNode at(JsonNode profile, String pointer) {
        JsonPointer p = parsed.get(pointer);
        return profile.at(p != null ? p : JsonPointer.compile(pointer));
    }

    public List<Question> all() {
        return all;
    }

    /** SHA-256 (hex) of the file. */
    public String version() {
        return version;
    }

    /** The file, and the line and column a question starts at (for problems found beside it). */
    public Path file() {
        return file;
    }

    public int[] positionOf(Question question) {
        return document.positionOf("/questions/" + all.indexOf(question));
    }

    /** Every question the profile is asked, in the file's order, each once per item its pointer names. */
    public List<Asked> askedOf(JsonNode profile) {
        List<Asked> asked = new ArrayList<>();
        for (Question q : all) {
            for (String pointer : expand(profile, q.pointer())) {
                String item = itemIndex(q.pointer(), pointer);
                // an unless pointer with * reads the same list item as the question (/insurance/policies/*/followForm)
                if (unless(profile, q, item)) {
                    continue;
                }
                boolean answered = answered(profile, pointer) || q.also().stream()
                        .flatMap(p -> expand(profile, p.replace("*", item)).stream())
                        .anyMatch(p -> answered(profile, p));
                asked.add(new Asked(q, pointer, answered));
            }
        }
        return asked;
    }

    /** The profile gives one of the values that spare it the question, for the item the question is asked of. */
    private boolean unless(JsonNode profile, Question q, String item) {
        for (Map.Entry<String, Object> e : q.unless().entrySet()) {
            if (given(profile, e.getKey().replace("*", item), e.getValue())) {
                return true;
            }
        }
        return false;
    }

    /** The profile gives the value at the pointer (or one of the values, for a list). */
    private boolean given(JsonNode profile, String pointer, Object value) {
        // the field is looked up once, however many values it is compared with
        return is(at(profile, pointer), value);
    }

    private static boolean is(JsonNode node, Object value) {
        if (value instanceof List<?> any) {
            for (Object v : any) {
                if (is(node, v)) {
                    return true;
                }
            }
            return false;
        }
        return !node.isMissingNode() && !node.isNull() && String.valueOf(value).equals(node.asString(""))
                || node.isBoolean() && value instanceof Boolean b && node.asBoolean() == b;
    }

    private boolean answered(JsonNode profile, String pointer) {
        JsonNode node = at(profile, pointer);
        return !node.isMissingNode() && !node.isNull();
    }

    /** The pointer with its first {@code *} replaced by each index of the list there. */
    private List<String> expand(JsonNode profile, String pointer) {
        int star = pointer.indexOf("/*");
        if (star < 0) {
            return List.of(pointer);
        }
        JsonNode list = at(profile, pointer.substring(0, star));
        List<String> pointers = new ArrayList<>();
        for (int i = 0; list.isArray() && i < list.size(); i++) {
            pointers.addAll(expand(profile, pointer.substring(0, star) + "/" + i + pointer.substring(star + 2)));
        }
        return pointers;
    }

    /** The index the first {@code *} of a pattern stands for in a pointer it was expanded to ("*" when none). */
    private static String itemIndex(String pattern, String pointer) {
        int star = pattern.indexOf("/*");
        if (star < 0) {
            return "*";
        }
        String rest = pointer.substring(star + 1);
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /** The values the questions' {@code unless} compare, for the schema: strings, booleans and numbers. */
    static Map<String, Object> unlessOf(JsonNode node) {
        Map<String, Object> unless = new java.util.LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(e -> unless.put(e.getKey(), valueOf(e.getValue())));
        }
        return unless;
    }

    private static Object valueOf(JsonNode v) {
        if (v.isArray()) {
            List<Object> any = new ArrayList<>();
            v.forEach(x -> any.add(valueOf(x)));
            return any;
        }
        return v.isBoolean() ? (Object) v.asBoolean() : v.asString();
    }
}
