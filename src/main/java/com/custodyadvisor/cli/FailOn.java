package com.custodyadvisor.cli;

import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.advisory.Severity;
import java.util.List;

/** {@code --fail-on}: the least severe open finding that makes {@code assess} exit 1; NONE never does. */
enum FailOn {
    CRITICAL, HIGH, MEDIUM, LOW, INFO, NONE;

    boolean failsOn(List<Finding> findings) {
        if (this == NONE) {
            return false;
        }
        Severity threshold = Severity.valueOf(name());
        return findings.stream().anyMatch(f -> f.isOpen() && f.severity().isAtLeast(threshold));
    }
}
