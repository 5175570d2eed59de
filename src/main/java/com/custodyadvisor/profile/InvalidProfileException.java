package com.custodyadvisor.profile;

import com.custodyadvisor.document.InvalidDocumentException;
import com.custodyadvisor.document.Problem;
import java.util.List;

/** A submitted profile that cannot be assessed, with every problem found in it. */
public class InvalidProfileException extends InvalidDocumentException {

    public InvalidProfileException(List<Problem> problems) {
        super("invalid profile", problems);
    }
}
