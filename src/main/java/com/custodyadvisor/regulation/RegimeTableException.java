package com.custodyadvisor.regulation;

import com.custodyadvisor.document.DataFileException;
import com.custodyadvisor.document.Problem;
import java.nio.file.Path;
import java.util.List;

/** {@code regimes.yaml} cannot be used; names the file and each problem in it. */
public class RegimeTableException extends DataFileException {

    public RegimeTableException(Path file, List<Problem> problems) {
        super("regime table", file, problems);
    }
}
