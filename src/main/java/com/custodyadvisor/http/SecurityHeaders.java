package com.custodyadvisor.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Headers every response carries, set before any handler runs so error answers carry them too: no content
 * sniffing anywhere, and the API docs page under a content policy that loads only this service's own files
 * and may not be framed.
 */
final class SecurityHeaders extends Handler.Wrapper {

    static final String NO_SNIFF = "X-Content-Type-Options";
    static final String NOSNIFF = "nosniff";

    /** Swagger UI sets inline styles on its elements; scripts still come only from this service. */
    static final String DOCS_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(NO_SNIFF, NOSNIFF);
        String path = request.getHttpURI().getPath();
        if (path != null && (path.equals(DocsPage.PATH) || path.startsWith(DocsPage.PATH + "/"))) {
            headers.put("Content-Security-Policy", DOCS_CONTENT_SECURITY_POLICY);
            headers.put("X-Frame-Options", "DENY");
        }
        return super.handle(request, response, callback);
    }
}
