package org.govkg.sparql;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps one client from taking the endpoint. A query gets at most {@code maxRows} results (a
 * larger or missing LIMIT is lowered and the response says so in {@code X-Govkg-Row-Cap}; with
 * ORDER BY this also bounds memory, as ARQ then keeps only the top rows). A client (by address)
 * runs at most {@code perClient} queries at once and spends at most {@code budget} of query time
 * per minute, as the Wikidata Query Service allows 60 s a minute; beyond either it gets 429 with
 * Retry-After and the reason, so a cheap query from someone else stays fast.
 */
public final class QueryLimits implements Filter {
    public static final String ROW_CAP_HEADER = "X-Govkg-Row-Cap";
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final long maxRows;
    private final int perClient;
    private final Duration budget;
    private final Map<String, Client> clients = new ConcurrentHashMap<>();

    public QueryLimits(long maxRows, int perClient, Duration budget) {
        this.maxRows = maxRows;
        this.perClient = perClient;
        this.budget = budget;
    }

    /**
     * One client's running queries (by start time) and the query time it spent in the last minute;
     * a running query counts with the time it has taken so far, so a long one uses up the budget
     * while it runs, and a response already sent is counted even before its filter returns.
     */
    private static final class Client {
        final Deque<Long> running = new ArrayDeque<>();
        final Deque<long[]> spent = new ArrayDeque<>(); // {finished at (ms), took (ms)}

        long spentMs(long now) {
            while (!spent.isEmpty() && spent.peekFirst()[0] < now - WINDOW.toMillis()) spent.removeFirst();
            long ms = spent.stream().mapToLong(s -> s[1]).sum();
            for (long start : running) ms += now - start;
            return ms;
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String text = request.getParameter("query");
        if (text == null) {
            ReplayableRequest replayable = ReplayableRequest.of(request, "application/sparql-query", FederationFilter.MAX_BODY);
            request = replayable;
            text = replayable.text(FederationFilter.MAX_BODY);
        }
        if (text == null) {
            chain.doFilter(request, resp);
            return;
        }
        String who = request.getRemoteAddr();
        Client c = clients.computeIfAbsent(who, k -> new Client());
        long now = System.currentTimeMillis();
        synchronized (c) {
            long spent = c.spentMs(now);
            if (c.running.size() >= perClient) {
                refuse(response, 5, "Too many queries at once from " + who + ": at most " + perClient + " run together; wait for one to finish.");
                return;
            }
            if (spent >= budget.toMillis()) {
                long oldest = c.spent.isEmpty() ? now : c.spent.peekFirst()[0];
                long retry = Math.max(1, (oldest + WINDOW.toMillis() - now) / 1000 + 1);
                refuse(response, retry, "Query time used up for " + who + ": " + spent / 1000 + " s of the " + budget.toSeconds()
                    + " s allowed per minute; try again in " + retry + " s.");
                return;
            }
            c.running.addLast(now);
        }
        HttpServletRequest capped = capped(request, text, response);
        try {
            chain.doFilter(capped, resp);
        } finally {
            synchronized (c) {
                long end = System.currentTimeMillis();
                c.running.removeFirstOccurrence(now);
                c.spent.addLast(new long[] {end, end - now});
            }
        }
    }

    /** The request with its query's LIMIT lowered to the cap, or as it is when it is within it (or does not parse). */
    private HttpServletRequest capped(HttpServletRequest request, String text, HttpServletResponse response) {
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            return request;
        }
        if (q.isAskType() || (q.hasLimit() && q.getLimit() <= maxRows))
            return request;
        q.setLimit(maxRows);
        response.setHeader(ROW_CAP_HEADER, Long.toString(maxRows));
        Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
        parameters.put("query", new String[] {q.serialize()});
        // a direct-body POST becomes a form-style request that carries the query as a parameter
        String type = request.getContentType();
        return new RewrittenRequest(request, parameters, null,
            type != null && type.startsWith("application/sparql-query") ? "application/x-www-form-urlencoded" : null);
    }

    private static void refuse(HttpServletResponse response, long retryAfter, String message) throws IOException {
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(retryAfter));
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println(message);
    }
}
