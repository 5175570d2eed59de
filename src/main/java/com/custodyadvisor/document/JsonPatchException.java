package com.custodyadvisor.document;

import java.util.List;

/**
 * A JSON Patch that cannot be applied: the operation that failed, as a problem at its place in the patch
 * ({@code /2} for the third operation), and why.
 */
public class JsonPatchException extends InvalidDocumentException {

    public JsonPatchException(int index, String message) {
        super("the patch cannot be applied", List.of(Problem.at("/" + index, message)));
    }
}
