package org.govkg.sparql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.catalina.connector.ClientAbortException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A query answer is either complete or not sent as a success. Fuseki streams results, so a query
 * whose timeout strikes after the first rows used to end a 200 response with "Incomplete results"
 * written into the JSON. This filter holds the first {@code bufferBytes} of every answer back: an
 * answer that fits (nearly all of them, and every answer within the row cap of a typical query) is
 * sent with its real status once the query has finished, and a query cut by its timeout gets 503
 * and the reason instead of a truncated body. A larger answer is streamed once the buffer is full;
 * if the timeout cuts it after that, the connection is closed without the end of the body, so
 * every HTTP client reports a broken transfer instead of reading a short answer as a whole one.
 */
public final class CompleteAnswers implements Filter {
    static final String CUT_MESSAGE = "Query timed out after %s s: the answer was incomplete, so none of it is sent. "
        + "Narrow the query (a LIMIT, a more selective pattern) and try again.";

    private final int bufferBytes;
    private final Duration timeout;

    public CompleteAnswers(int bufferBytes, Duration timeout) {
        this.bufferBytes = bufferBytes;
        this.timeout = timeout;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse response = (HttpServletResponse) resp;
        if (!"GET".equals(((HttpServletRequest) req).getMethod()) && !"POST".equals(((HttpServletRequest) req).getMethod())) {
            chain.doFilter(req, resp);
            return;
        }
        HeldBack held = new HeldBack(response, bufferBytes);
        chain.doFilter(req, held);
        held.flushWriter();
        if (held.streaming) {
            if (held.cut)
                // The status line has gone out; all that is left is not to end the body properly.
                // Tomcat's "client went away" exception alone makes it drop the connection
                // without appending an error page to the answer.
                throw new ClientAbortException("query timed out while its answer was being streamed; connection closed");
            held.body.flush();
            return;
        }
        if (held.cut) {
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("text/plain;charset=utf-8");
            byte[] message = (CUT_MESSAGE.formatted(timeout.toMillis() / 1000.0) + "\n").getBytes(StandardCharsets.UTF_8);
            response.setContentLength(message.length);
            response.getOutputStream().write(message);
            return;
        }
        if (held.sentError)
            return;
        response.setStatus(held.status);
        if (!response.containsHeader("Content-Length"))
            response.setContentLength(held.held.size());
        held.held.writeTo(response.getOutputStream());
    }

    /** The response with its body held back until the query has finished or the buffer is full. */
    private static final class HeldBack extends HttpServletResponseWrapper {
        private final HttpServletResponse real;
        private final int limit;
        final ByteArrayOutputStream held = new ByteArrayOutputStream();
        int status = SC_OK;
        boolean streaming;
        boolean cut;
        boolean sentError;
        final Body body = new Body();
        private PrintWriter writer;

        HeldBack(HttpServletResponse real, int limit) {
            super(real);
            this.real = real;
            this.limit = limit;
        }

        @Override
        public void setStatus(int sc) {
            // Fuseki sets an error status after writing rows when the timeout cut the answer.
            if (sc >= 400 && (held.size() > 0 || streaming)) {
                cut = true;
                return;
            }
            status = sc;
            if (streaming) real.setStatus(sc);
        }

        @Override
        public int getStatus() {
            return streaming ? real.getStatus() : status;
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            if (held.size() > 0 || streaming) {
                cut = true;
                return;
            }
            sentError = true;
            real.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            sendError(sc, null);
        }

        @Override
        public boolean isCommitted() {
            return streaming || sentError;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (streaming) real.flushBuffer();
        }

        @Override
        public void resetBuffer() {
            if (!streaming) held.reset();
            else real.resetBuffer();
        }

        @Override
        public void reset() {
            if (!streaming) {
                held.reset();
                status = SC_OK;
            }
            real.reset();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return body;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null)
                writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
            return writer;
        }

        void flushWriter() {
            if (writer != null) writer.flush();
        }

        private void startStreaming() throws IOException {
            streaming = true;
            real.setStatus(status);
            held.writeTo(real.getOutputStream());
            held.reset();
        }

        private final class Body extends ServletOutputStream {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (cut) return;
                if (!streaming && held.size() + len > limit) startStreaming();
                if (streaming) real.getOutputStream().write(b, off, len);
                else held.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                if (streaming && !cut) real.getOutputStream().flush();
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("answers are written blocking");
            }
        }
    }
}
