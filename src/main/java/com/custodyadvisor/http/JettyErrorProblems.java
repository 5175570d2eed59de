package com.custodyadvisor.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error responses (a bad URI, headers too large, a request Jetty rejects before the routes
 * see it) as problem+json, the same shape the routes answer with, whatever the caller accepts.
 */
final class JettyErrorProblems extends ErrorHandler {

    @Override
    public boolean errorPageForMethod(String method) {
        // every method gets the problem body, not only GET, POST and HEAD
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        // a 500 is a failure to log under an id; other statuses (a 503 while stopping) are no failure of ours
        ProblemDetails problem = code == 500
                ? ProblemResponses.serverFailure(request.getMethod() + " " + request.getHttpURI().getPath(), cause)
                : ProblemResponses.forStatus(code, message);
        if (code == 503) {
            // Jetty answers 503 while the service stops: the request was not handled, so it may be sent again
            response.getHeaders().put(HttpHeader.RETRY_AFTER, BodyBuffering.RETRY_AFTER_SECONDS);
        }
        write(response, callback, problem);
    }

    /** Writes a problem as the whole response, for answers given before the routes see the request. */
    static void write(Response response, Callback callback, ProblemDetails problem) {
        response.setStatus(problem.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE);
        response.getHeaders().put(SecurityHeaders.NO_SNIFF, SecurityHeaders.NOSNIFF);
        response.write(true, ByteBuffer.wrap(bytes(problem)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE);
        fields.put(SecurityHeaders.NO_SNIFF, SecurityHeaders.NOSNIFF);
        return ByteBuffer.wrap(bytes(ProblemResponses.forStatus(status, reason)));
    }

    private static byte[] bytes(ProblemDetails problem) {
        return ProblemResponses.render(problem).getBytes(StandardCharsets.UTF_8);
    }
}
