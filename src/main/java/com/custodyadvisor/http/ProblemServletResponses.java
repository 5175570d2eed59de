package com.custodyadvisor.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes a problem straight to the servlet response, for failures that end a request outside its handlers. */
final class ProblemServletResponses {

    private ProblemServletResponses() {
    }

    static void write(HttpServletResponse response, ProblemDetails problem) {
        if (response.isCommitted()) {
            return;
        }
        try {
            response.resetBuffer();
            response.setStatus(problem.status());
            response.setContentType(ProblemResponses.MEDIA_TYPE);
            response.getOutputStream().write(ProblemResponses.render(problem).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response already streamed: there is no one left to tell
        }
    }
}
