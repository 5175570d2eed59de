package com.custodyadvisor.catalog;

import com.custodyadvisor.document.InvalidDocumentException;
import com.custodyadvisor.document.Problem;
import java.nio.file.Path;
import java.util.List;

/** The provider catalogue cannot be used; names the file and each problem in it. */
public class CatalogException extends InvalidDocumentException {

    private final transient Path file;

    public CatalogException(Path file, List<Problem> problems) {
        super("invalid provider catalogue " + file, problems);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
