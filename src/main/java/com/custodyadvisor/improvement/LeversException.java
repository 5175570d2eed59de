package com.custodyadvisor.improvement;

import com.custodyadvisor.document.DataFileException;
import com.custodyadvisor.document.Problem;
import java.nio.file.Path;
import java.util.List;

/** {@code levers.yaml} cannot be used; names the file and each problem in it. */
public class LeversException extends DataFileException {

    public LeversException(Path file, List<Problem> problems) {
        super("levers", file, problems);
    }
}
