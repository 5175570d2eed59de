package com.custodyadvisor.document;

import java.nio.file.Path;
import java.util.List;

/** A data file (catalogue, parameters, scoring table) that cannot be used: the file and each problem in it. */
public class DataFileException extends InvalidDocumentException {

    private final transient Path file;

    public DataFileException(String what, Path file, List<Problem> problems) {
        super("invalid " + what + " " + file, problems);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
