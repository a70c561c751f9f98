package org.govkg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.govkg.store.KnowledgeStore;
import org.govkg.store.StoreQuery;
import org.springframework.stereotype.Component;

/**
 * Every document (named graph) with publisher, date, genre and fact count, held in memory so that
 * the overview sorts, filters and pages at once even with 100,000 documents. It is read from the
 * store in two aggregate queries and refreshed in the background when older than
 * {@link #MAX_AGE_MS}; a page never waits for a refresh once the first one is done.
 */
@Component
public class DocumentCatalogue {
    static final long MAX_AGE_MS = 30_000;

    /** One document row. */
    public record Entry(String iri, String title, String date, String publisher, String genre, int facts) {}

    /** One page of rows, with what the page was asked for. */
    public record Page(List<Entry> rows, int total, int page, int pages, int size, String sort, String dir, String q) {}

    private final KnowledgeStore store;
    /** The rows of one load, with the orders computed for them so far. */
    private record Snapshot(List<Entry> entries, Map<String, List<Entry>> sorted) {}

    private volatile Snapshot snapshot;
    private volatile long loadedAt;
    private final AtomicBoolean refreshing = new AtomicBoolean();

    public DocumentCatalogue(KnowledgeStore store) {
        this.store = store;
    }

    public Page page(String q, String sort, String dir, int page, int size) {
        Comparator<Entry> order = switch (sort) {
            case "title" -> Comparator.comparing(Entry::title, Comparator.nullsLast(Comparator.naturalOrder()));
            case "publisher" -> Comparator.comparing(Entry::publisher, Comparator.nullsLast(Comparator.naturalOrder()));
            case "genre" -> Comparator.comparing(Entry::genre, Comparator.nullsLast(Comparator.naturalOrder()));
            case "facts" -> Comparator.comparingInt(Entry::facts);
            case "date" -> Comparator.comparing(Entry::date, Comparator.nullsFirst(Comparator.naturalOrder()));
            default -> throw new IllegalArgumentException("unknown sort \"" + sort + "\"; use date, title, publisher, genre or facts");
        };
        if (dir.equals("desc")) order = order.reversed();
        else if (!dir.equals("asc")) throw new IllegalArgumentException("dir must be asc or desc");
        Comparator<Entry> full = order.thenComparing(Entry::iri);
        Snapshot current = snapshot();
        // Each order is sorted once per load; a page is then a filter and a slice.
        List<Entry> sorted = current.sorted().computeIfAbsent(sort + " " + dir, k -> {
            List<Entry> copy = new ArrayList<>(current.entries());
            copy.sort(full);
            return List.copyOf(copy);
        });
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        List<Entry> rows = needle.isEmpty() ? sorted : sorted.stream().filter(e -> matches(e, needle)).toList();
        int n = Math.max(1, Math.min(200, size));
        int pages = Math.max(1, (rows.size() + n - 1) / n);
        int p = Math.max(1, Math.min(page, pages));
        List<Entry> slice = rows.subList(Math.min(rows.size(), (p - 1) * n), Math.min(rows.size(), p * n));
        return new Page(List.copyOf(slice), rows.size(), p, pages, n, sort, dir, q == null ? "" : q);
    }

    private static boolean matches(Entry e, String needle) {
        for (String s : new String[] {e.title(), e.publisher(), e.genre(), e.date()})
            if (s != null && s.toLowerCase(Locale.ROOT).contains(needle)) return true;
        return false;
    }

    private Snapshot snapshot() {
        if (snapshot == null) {
            synchronized (this) {
                if (snapshot == null) load();
            }
        } else if (System.currentTimeMillis() - loadedAt > MAX_AGE_MS && refreshing.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                try {
                    load();
                } finally {
                    refreshing.set(false);
                }
            }, "document-catalogue");
            t.setDaemon(true);
            t.start();
        }
        return snapshot;
    }

    /** Reads the catalogue now (also after an ingest, so the overview shows it at once). */
    public void load() {
        Map<String, Integer> facts = new HashMap<>();
        for (var row : QueryRows.select(store, StoreQuery.named("catalogue-facts")))
            facts.put(QueryRows.text(row, "g"), QueryRows.number(row, "n"));
        List<Entry> out = new ArrayList<>();
        for (var row : QueryRows.select(store, StoreQuery.named("catalogue-documents"))) {
            String d = QueryRows.text(row, "d");
            out.add(new Entry(d, QueryRows.text(row, "title"), QueryRows.text(row, "date"), QueryRows.text(row, "pub"),
                QueryRows.text(row, "genre"), facts.getOrDefault(d, 0)));
        }
        snapshot = new Snapshot(List.copyOf(out), new java.util.concurrent.ConcurrentHashMap<>());
        loadedAt = System.currentTimeMillis();
    }
}
