package org.govkg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.govkg.GovkgApplication;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.Ingester;
import org.govkg.sparql.ExampleQueries;
import org.govkg.store.EmbeddedStore;
import org.govkg.store.KnowledgeStore;
import org.govkg.vocab.Prefixes;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How govkg behaves as the corpus grows: for each size, a corpus written by {@code govkg generate}
 * is ingested into a fresh TDB2 store (time, quads, size on disk, peak heap), the store is served
 * (time from start to the first answered query, peak heap while serving), and the entity page,
 * search, the neighbourhood diagram and every gallery query are timed over HTTP, the queries also
 * in-process through ARQ on the same store. One table row per size goes to {@code scale.tsv}, one row
 * per size and query to {@code scale-queries.tsv}; the plot of ingest time and latency against corpus
 * size to {@code scale.png}.
 */
public final class ScaleBenchmark {
    private final PrintWriter out;
    private final List<Integer> sizes;
    private final long seed;
    private final int requests;
    private final Path dir;

    public ScaleBenchmark(PrintWriter out, List<Integer> sizes, long seed, int requests, Path dir) {
        this.out = out;
        this.sizes = sizes.stream().sorted().toList();
        this.seed = seed;
        this.requests = requests;
        this.dir = dir;
    }

    /** One size's figures: seconds and megabytes as measured, latencies in milliseconds. */
    public record Row(int documents, double ingestSeconds, long quads, long storeBytes, long ingestHeap,
                      double firstQueryMs, Latency page, Latency search, Latency diagram,
                      double queriesMedianGeoMean, double worstQueryP95, String worstQuery, double endpointOverArq, long serveHeap) {}

    /** Median and 95th percentile of a series of response times. */
    public record Latency(double median, double p95) {
        static Latency of(List<Double> ms) {
            List<Double> sorted = new ArrayList<>(ms);
            Collections.sort(sorted);
            return new Latency(sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1));
        }
    }

    /**
     * Measures each size in turn. The rows of sizes measured before and not measured again are kept
     * (a size takes from seconds to the better part of an hour), so that the table and plot cover all.
     */
    public List<Row> run() throws Exception {
        Files.createDirectories(dir);
        List<Row> rows = new ArrayList<>(earlierRows());
        Path queries = dir.resolve("scale-queries.tsv");
        if (Files.exists(queries)) {
            List<String> kept = Files.readAllLines(queries).stream()
                .filter(l -> l.startsWith("documents") || !sizes.contains(Integer.parseInt(l.substring(0, l.indexOf('\t'))))).toList();
            Files.write(queries, kept);
        }
        for (int n : sizes) {
            Row r = measure(n);
            rows.add(r);
            rows.sort(java.util.Comparator.comparingInt(Row::documents));
            writeTable(rows);
            ScalePlot.write(rows, dir.resolve("scale.png"));
        }
        out.printf("table: %s; plot: %s%n", dir.resolve("scale.tsv"), dir.resolve("scale.png"));
        out.flush();
        return rows;
    }

    private Row measure(int n) throws Exception {
        Path docs = dir.resolve("docs-" + seed + "-" + n);
        if (!Files.isDirectory(docs))
            new CorpusGenerator(seed).write(n, docs);
        List<Path> files = Ingester.expand(List.of(docs));
        Path store = dir.resolve("store-" + n);
        BenchCorpus.delete(store);
        HeapWatch ingestHeap = new HeapWatch();
        long start = System.nanoTime();
        long quads, bytes;
        try (EmbeddedStore s = EmbeddedStore.open(store)) {
            new Ingester(s, new DocumentReader()).ingest(files, o -> { });
            quads = s.read(c -> c.query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").execSelect().next().getLiteral("n").getLong());
            // the ingest compacted after its last batch only if the store had doubled; the rest is compacted here
            s.compactIfGrownBy(1.05);
            bytes = s.sizeOnDisk();
        }
        double ingestSeconds = (System.nanoTime() - start) / 1e9;
        ingestHeap.stop();
        out.printf("%,d documents: ingested and compacted in %.1f s (%.0f documents/s), %,d quads, %.0f MB on disk (%.0f KB per document), peak heap %d MB%n",
            n, ingestSeconds, n / ingestSeconds, quads, bytes / 1e6, bytes / 1024.0 / n, ingestHeap.peak() >> 20);
        out.flush();

        System.gc();
        HeapWatch serveHeap = new HeapWatch();
        Path noData = Files.createDirectories(dir.resolve("no-documents"));
        long t0 = System.nanoTime();
        ConfigurableApplicationContext app = GovkgApplication.start(store.toString(), 0, "127.0.0.1", noData, null, "60s");
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            HttpClient http = HttpClient.newHttpClient();
            sparql(http, port, "ASK { ?s ?p ?o }");
            double firstQuery = (System.nanoTime() - t0) / 1e6;
            KnowledgeStore ks = app.getBean(KnowledgeStore.class);
            List<String[]> entities = entities(ks);
            List<String> pages = new ArrayList<>(), searches = new ArrayList<>(), diagrams = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String[] e = entities.get(i % entities.size());
                String iri = URLEncoder.encode(e[0], StandardCharsets.UTF_8);
                pages.add("/entity?iri=" + iri);
                diagrams.add("/diagram/neighbourhood?entity=" + iri + "&format=svg");
                String q = e[1].length() > 4 ? e[1].substring(e[1].length() - 4) : e[1];
                searches.add("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            }
            for (int i = 0; i < Math.min(30, requests); i++) { // warm-up
                get(http, port, pages.get(i));
                get(http, port, searches.get(i));
                get(http, port, diagrams.get(i));
            }
            Latency page = Latency.of(timeAll(http, port, pages));
            Latency search = Latency.of(timeAll(http, port, searches));
            Latency diagram = Latency.of(timeAll(http, port, diagrams));
            double logSum = 0, ratioLogSum = 0, worst = 0;
            String worstId = "";
            List<ExampleQueries.Example> examples = ExampleQueries.all();
            List<String> perQuery = new ArrayList<>();
            for (ExampleQueries.Example ex : examples) {
                String text = ex.body();
                double first = timed(() -> sparql(http, port, text));
                inProcess(ks, text);
                List<Double> endpoint = new ArrayList<>(), arq = new ArrayList<>();
                int rounds = first > SLOW_QUERY_MS ? SLOW_QUERY_ROUNDS : QUERY_ROUNDS;
                for (int r = 0; r < rounds; r++) {
                    endpoint.add(timed(() -> sparql(http, port, text)));
                    arq.add(timed(() -> inProcess(ks, text)));
                }
                Latency e = Latency.of(endpoint), a = Latency.of(arq);
                perQuery.add(String.format(java.util.Locale.ROOT, "%d\t%s\t%.1f\t%.1f\t%.1f%n", n, ex.id(), e.median(), e.p95(), a.median()));
                logSum += Math.log(Math.max(e.median(), 0.01));
                ratioLogSum += Math.log(Math.max(e.median(), 0.01) / Math.max(a.median(), 0.01));
                if (e.p95() > worst) {
                    worst = e.p95();
                    worstId = ex.id();
                }
            }
            serveHeap.stop();
            Path queries = dir.resolve("scale-queries.tsv");
            if (!Files.exists(queries))
                Files.writeString(queries, "documents\tquery\tendpoint_p50_ms\tendpoint_p95_ms\tarq_p50_ms\n");
            Files.writeString(queries, String.join("", perQuery), java.nio.file.StandardOpenOption.APPEND);
            Row row = new Row(n, ingestSeconds, quads, bytes, ingestHeap.peak(), firstQuery, page, search, diagram,
                Math.exp(logSum / examples.size()), worst, worstId, Math.exp(ratioLogSum / examples.size()), serveHeap.peak());
            out.printf("  serve → first answered query %.0f ms; entity page median %.1f / p95 %.1f ms; search %.1f / %.1f ms; "
                    + "neighbourhood diagram %.1f / %.1f ms%n", firstQuery, page.median(), page.p95(), search.median(), search.p95(),
                diagram.median(), diagram.p95());
            out.printf("  %d example queries over HTTP: geometric mean of medians %.1f ms, worst p95 %.0f ms (%s); endpoint / in-process ARQ %.2f×; "
                    + "peak heap while serving %d MB (of at most %d MB)%n", examples.size(), row.queriesMedianGeoMean(), worst, worstId,
                row.endpointOverArq(), serveHeap.peak() >> 20, Runtime.getRuntime().maxMemory() >> 20);
            out.flush();
            return row;
        } finally {
            app.close();
        }
    }

    /** Timed rounds of each example query, after one untimed run of each; fewer for a query slower than a few seconds. */
    private static final int QUERY_ROUNDS = 10, SLOW_QUERY_ROUNDS = 3;
    private static final double SLOW_QUERY_MS = 3000;

    private static List<String[]> entities(KnowledgeStore ks) {
        List<String[]> out = new ArrayList<>();
        ks.read(c -> {
            c.querySelect(Prefixes.sparqlHeader() + "SELECT ?e (MIN(?l) AS ?label) { ?e a ?t ; skos:prefLabel ?l "
                + "FILTER(?t IN (gkg:Organization, gkg:LeadershipGroup, gkg:Plan, gkg:Project)) } GROUP BY ?e",
                r -> out.add(new String[] {r.getResource("e").getURI(), r.getLiteral("label").getLexicalForm()}));
            return null;
        });
        out.sort(java.util.Comparator.comparing(e -> e[0]));
        Collections.shuffle(out, new Random(7));
        return out;
    }

    private static void inProcess(KnowledgeStore ks, String text) {
        Query q = QueryFactory.create(text);
        ks.read(c -> {
            try (QueryExecution qe = c.query(q)) {
                if (q.isSelectType()) qe.execSelect().forEachRemaining(r -> { });
                else if (q.isAskType()) qe.execAsk();
                else if (q.isConstructType()) qe.execConstruct();
                else qe.execDescribe();
            }
            return null;
        });
    }

    private static void sparql(HttpClient http, int port, String query) {
        try {
            HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sparql"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json, text/turtle;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8)).build();
            HttpResponse<byte[]> resp = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
            if (resp.statusCode() != 200)
                throw new IllegalStateException("the endpoint answered " + resp.statusCode() + ": " + new String(resp.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Double> timeAll(HttpClient http, int port, List<String> paths) {
        List<Double> ms = new ArrayList<>();
        for (String p : paths)
            ms.add(timed(() -> get(http, port, p)));
        return ms;
    }

    private static double timed(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1e6;
    }

    private static void get(HttpClient http, int port, String path) {
        try {
            HttpResponse<byte[]> resp = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
            if (resp.statusCode() != 200)
                throw new IllegalStateException(path + " answered " + resp.statusCode());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<Row> earlierRows() throws IOException {
        Path table = dir.resolve("scale.tsv");
        if (!Files.exists(table))
            return List.of();
        List<Row> out = new ArrayList<>();
        for (String line : Files.readAllLines(table).stream().skip(1).toList()) {
            String[] c = line.split("\t");
            int n = Integer.parseInt(c[0]);
            if (!sizes.contains(n))
                out.add(new Row(n, d(c[1]), Long.parseLong(c[3]), (long) (d(c[4]) * 1e6), Long.parseLong(c[5]) << 20, d(c[6]),
                    new Latency(d(c[7]), d(c[8])), new Latency(d(c[9]), d(c[10])), new Latency(d(c[11]), d(c[12])),
                    d(c[13]), d(c[14]), c[15], d(c[16]), Long.parseLong(c[17]) << 20));
        }
        return out;
    }

    private static double d(String s) {
        return Double.parseDouble(s);
    }

    private void writeTable(List<Row> rows) throws IOException {
        StringBuilder b = new StringBuilder("documents\tingest_s\tdocuments_per_s\tquads\tstore_MB\tingest_heap_MB\tfirst_query_ms"
            + "\tpage_p50_ms\tpage_p95_ms\tsearch_p50_ms\tsearch_p95_ms\tdiagram_p50_ms\tdiagram_p95_ms"
            + "\tqueries_geomean_p50_ms\tworst_query_p95_ms\tworst_query\tendpoint_over_arq\tserve_heap_MB\n");
        for (Row r : rows)
            b.append(String.format(java.util.Locale.ROOT, "%d\t%.1f\t%.1f\t%d\t%.0f\t%d\t%.0f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.0f\t%s\t%.2f\t%d%n",
                r.documents(), r.ingestSeconds(), r.documents() / r.ingestSeconds(), r.quads(), r.storeBytes() / 1e6, r.ingestHeap() >> 20,
                r.firstQueryMs(), r.page().median(), r.page().p95(), r.search().median(), r.search().p95(), r.diagram().median(), r.diagram().p95(),
                r.queriesMedianGeoMean(), r.worstQueryP95(), r.worstQuery(), r.endpointOverArq(), r.serveHeap() >> 20));
        Files.writeString(dir.resolve("scale.tsv"), b);
    }
}
