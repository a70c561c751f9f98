package org.govkg.sparql;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose SPARQL body a filter has read (to check it) and that Fuseki can read again.
 * Only a POST of the given media type up to a size limit is read; any other request passes as it is.
 */
final class ReplayableRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    private ReplayableRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /** {@code request}, with its body read when it is a POST of {@code mediaType} of at most {@code max} bytes. */
    static ReplayableRequest of(HttpServletRequest request, String mediaType, int max) throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType();
        if (!"POST".equals(request.getMethod()) || !type.startsWith(mediaType) || request.getContentLengthLong() > max)
            return new ReplayableRequest(request, null);
        byte[] body = request.getInputStream().readNBytes(max + 1);
        return new ReplayableRequest(request, body);
    }

    /** The body as text when it was read and within the limit, else null. */
    String text(int max) {
        return body == null || body.length > max ? null : new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (body == null) return super.getInputStream();
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override public int read() { return in.read(); }
            @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
            @Override public boolean isFinished() { return in.available() == 0; }
            @Override public boolean isReady() { return true; }
            @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
        };
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (body == null) return super.getReader();
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
}
