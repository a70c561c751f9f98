package org.govkg.sparql;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a query or update request larger than {@link #MAX_BYTES} with 413 and the limit. Tomcat
 * silently drops the parameters of a larger form, which Fuseki then answered as a missing query
 * (a misleading 405); the form limit is set to the same size in application.properties.
 */
public final class RequestSizeFilter implements Filter {
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (request.getContentLengthLong() > MAX_BYTES) {
            HttpServletResponse response = (HttpServletResponse) resp;
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().println("Request of " + request.getContentLengthLong() + " bytes refused: at most "
                + MAX_BYTES / (1024 * 1024) + " MB for a query or an update.");
            return;
        }
        chain.doFilter(req, resp);
    }
}
