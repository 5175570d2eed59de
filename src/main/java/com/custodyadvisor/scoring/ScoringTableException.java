package com.custodyadvisor.scoring;

import com.custodyadvisor.document.DataFileException;
import com.custodyadvisor.document.Problem;
import java.nio.file.Path;
import java.util.List;

/** {@code scoring.yaml} cannot be used; names the file and each problem in it. */
public class ScoringTableException extends DataFileException {

    public ScoringTableException(Path file, List<Problem> problems) {
        super("scoring table", file, problems);
    }
}
