package org.govkg.sparql;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request as a filter hands it on to Fuseki: its parameters replaced, and optionally its
 * Accept header or content type. Everything else is the original request.
 */
final class RewrittenRequest extends HttpServletRequestWrapper {
    private final Map<String, String[]> parameters;
    private final String accept;
    private final String contentType;

    /**
     * @param accept      the Accept header to show, or null for the original
     * @param contentType the content type to show, or null for the original
     */
    RewrittenRequest(HttpServletRequest request, Map<String, String[]> parameters, String accept, String contentType) {
        super(request);
        this.parameters = Collections.unmodifiableMap(parameters);
        this.accept = accept;
        this.contentType = contentType;
    }

    @Override
    public String getHeader(String name) {
        return accept != null && name.equalsIgnoreCase("Accept") ? accept : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return accept != null && name.equalsIgnoreCase("Accept") ? Collections.enumeration(List.of(accept)) : super.getHeaders(name);
    }

    @Override
    public String getContentType() {
        return contentType != null ? contentType : super.getContentType();
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return parameters.get(name);
    }
}
