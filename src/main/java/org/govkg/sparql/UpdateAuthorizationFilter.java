package org.govkg.sparql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Guards SPARQL Update: with no admin token configured every update is refused (403); with one, a
 * request must carry {@code Authorization: Bearer <token>} or it gets 401. Nothing reaches the
 * store otherwise. An address that gives a wrong token {@code maxFailures} times within a minute
 * is refused (429) for the rest of that minute, so the token cannot be guessed by trying.
 */
public final class UpdateAuthorizationFilter implements Filter {
    private static final long WINDOW_MS = 60_000;
    private final byte[] token;
    private final int maxFailures;
    private final java.util.Map<String, java.util.Deque<Long>> failures = new java.util.concurrent.ConcurrentHashMap<>();

    public UpdateAuthorizationFilter(String token) {
        this(token, 10);
    }

    public UpdateAuthorizationFilter(String token, int maxFailures) {
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
        this.maxFailures = maxFailures;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        // reading is open to all (GET /documents is the catalogue page); only writes need the token
        if (request.getMethod().equals("GET") || request.getMethod().equals("HEAD")) {
            chain.doFilter(req, resp);
            return;
        }
        if (token == null) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN,
                "Writing is disabled: the server has no admin token (set GOVKG_ADMIN_TOKEN).");
            return;
        }
        String who = request.getRemoteAddr();
        java.util.Deque<Long> recent = failures.computeIfAbsent(who, k -> new java.util.ArrayDeque<>());
        long now = System.currentTimeMillis();
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst() < now - WINDOW_MS) recent.removeFirst();
            if (recent.size() >= maxFailures) {
                response.setHeader("Retry-After", Long.toString((recent.peekFirst() + WINDOW_MS - now) / 1000 + 1));
                refuse(response, 429, "Too many wrong admin tokens from " + who + "; try again later.");
                return;
            }
        }
        if (!presentsToken(request)) {
            synchronized (recent) {
                recent.addLast(now);
            }
            response.setHeader("WWW-Authenticate", "Bearer realm=\"govkg\"");
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED,
                "Writing (SPARQL Update, document upload) needs 'Authorization: Bearer <admin token>'.");
            return;
        }
        chain.doFilter(req, resp);
    }

    private boolean presentsToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7))
            return false;
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println(message);
    }
}
