package com.custodyadvisor.questions;

import com.custodyadvisor.document.DataFileException;
import com.custodyadvisor.document.Problem;
import java.nio.file.Path;
import java.util.List;

/** {@code questions.yaml} cannot be used; names the file and each problem in it. */
public class QuestionsException extends DataFileException {

    public QuestionsException(Path file, List<Problem> problems) {
        super("questions", file, problems);
    }
}
