package com.custodyadvisor.improvement;

import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Where JSON Patches write, to tell which improvements can be applied together and which build on others. */
final class PatchPaths {

    private PatchPaths() {
    }

    /**
     * True when a patch written after another needs it applied first: it writes where the other writes (a second
     * move into the same wallet), in an item the other added to a list, or adds to a list the other created.
     */
    static boolean buildsOn(JsonNode later, JsonNode earlier) {
        Set<String> earlierWrites = written(earlier);
        Set<String> earlierLists = appended(earlier);
        return written(later).stream().anyMatch(p -> overlaps(p, earlierWrites)
                        || earlierLists.stream().anyMatch(list -> p.startsWith(list + "/")))
                || appended(later).stream().anyMatch(list -> overlaps(list, earlierWrites));
    }

    /** The lists a patch appends to ("/insurance/policies" for "/insurance/policies/-"). */
    static Set<String> appended(JsonNode patch) {
        Set<String> lists = new HashSet<>();
        patch.forEach(op -> {
            String path = op.path("path").asString("");
            if (path.endsWith("/-")) {
                lists.add(path.substring(0, path.length() - 2));
            }
        });
        return lists;
    }

    /** The pointers a patch writes, but for appends to a list (two levers may each add a policy). */
    static Set<String> written(JsonNode patch) {
        Set<String> paths = new HashSet<>();
        patch.forEach(op -> {
            String path = op.path("path").asString("");
            if (!path.endsWith("/-")) {
                paths.add(path);
            }
        });
        return paths;
    }

    /** True when the pointer is one of the others, or inside one, or holds one. */
    static boolean overlaps(String pointer, Set<String> others) {
        return others.stream().anyMatch(o -> o.equals(pointer) || o.startsWith(pointer + "/")
                || pointer.startsWith(o + "/"));
    }
}
