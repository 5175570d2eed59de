package com.custodyadvisor.catalog;

import com.custodyadvisor.document.DataFileException;
import com.custodyadvisor.document.Problem;
import java.nio.file.Path;
import java.util.List;

/** The provider catalogue cannot be used; names the file and each problem in it. */
public class CatalogException extends DataFileException {

    public CatalogException(Path file, List<Problem> problems) {
        super("provider catalogue", file, problems);
    }
}
