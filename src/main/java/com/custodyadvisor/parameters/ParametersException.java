package com.custodyadvisor.parameters;

import com.custodyadvisor.document.DataFileException;
import com.custodyadvisor.document.Problem;
import java.nio.file.Path;
import java.util.List;

/** {@code parameters.yaml} cannot be used; names the file and each problem in it. */
public class ParametersException extends DataFileException {

    public ParametersException(Path file, List<Problem> problems) {
        super("parameters file", file, problems);
    }
}
