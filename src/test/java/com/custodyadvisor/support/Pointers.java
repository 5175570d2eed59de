package com.custodyadvisor.support;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/** Whether a problem's JSON Pointer names a place in the document it is about. */
public final class Pointers {

    private Pointers() {
    }

    /** The pointer names a value of the document, or (a missing field) the object it is missing from. */
    public static boolean placeIn(JsonNode document, String pointer) {
        if (pointer.isEmpty()) {
            return true;
        }
        JsonPointer p = JsonPointer.compile(pointer);
        return !document.at(p).isMissingNode() || !document.at(p.head()).isMissingNode();
    }
}
