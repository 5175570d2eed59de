package com.custodyadvisor.report;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.document.Mappers;

/** The advisory as JSON: byte for byte what the HTTP API returns and {@code assess --format json} prints. */
public final class AdvisoryJson {

    private AdvisoryJson() {
    }

    public static String render(Advisory advisory) {
        return Mappers.JSON_PRETTY.writeValueAsString(advisory) + "\n";
    }
}
