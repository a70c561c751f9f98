package org.govkg.bench;

import org.govkg.web.*;
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

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.govkg.GovkgApplication;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.Ingester;
import org.govkg.store.EmbeddedStore;
import org.govkg.vocab.GKG;
import org.govkg.vocab.Prefixes;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Response times of the entity page and of search, median and 95th percentile, measured over HTTP
 * on localhost against a running server: first on the sample documents, then on a generated store
 * of at least the requested size. The generated corpus varies the seed documents' place names per
 * document (东岭州, 西川州 …), so that entities are shared by a handful of documents, as in a real
 * collection, rather than one entity gathering every document. It also times the documents
 * overview over 100,000 documents.
 */
public final class WebBenchmark {
    private static final String CHARS = "东西南北安宁平川岭江河山湖原阳泉林峰海溪";
    private final PrintWriter out;
    private final Path data;
    private final long triples;
    private final int requests;
    private final Path reuse = Path.of("var", "bench-web");

    public WebBenchmark(PrintWriter out, Path data, long triples, int requests) {
        this.out = out;
        this.data = data;
        this.triples = triples;
        this.requests = requests;
    }

    public void run() throws Exception {
        catalogue(100_000);
        Path dir = Files.createTempDirectory("govkg-web-bench");
        Path small = dir.resolve("small");
        Files.createDirectories(small.resolve("documents"));
        for (Path seed : Ingester.expand(List.of(data.resolve("documents"))))
            Files.copy(seed, small.resolve("documents").resolve(seed.getFileName()));
        measure("sample documents", dir.resolve("small-store"), small);

        // The generated store is kept under var/ and reused by later runs: generating it takes minutes.
        Path large = reuse.resolve("large");
        Path docs = Files.createDirectories(large.resolve("documents"));
        Path store = reuse.resolve("large-store");
        List<Path> seeds = Ingester.expand(List.of(data.resolve("documents")));
        long count = Files.isDirectory(store) ? countTriples(store) : 0;
        int batch = (int) Files.list(docs).count() / 200;
        long start = System.nanoTime();
        try (EmbeddedStore s = EmbeddedStore.open(store)) {
            Ingester ingester = new Ingester(s, new DocumentReader());
            while (count < triples) {
                List<Path> files = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    int n = batch * 200 + i;
                    String text = Files.readString(seeds.get(n % seeds.size())).replace("红河", place(n / 6)) + "\n（第" + n + "份）\n";
                    Path f = docs.resolve(String.format("gen-%06d.txt", n));
                    Files.writeString(f, text);
                    files.add(f);
                }
                ingester.ingest(files, o -> { });
                batch++;
                count = countTriples(s);
            }
        }
        out.printf("generated store: %d documents, %,d triples (%.0f s to ingest)%n", batch * 200, count, (System.nanoTime() - start) / 1e9);
        out.flush();
        measure("generated store", store, large);
    }

    /** The documents overview over {@code n} documents: loading the catalogue, then sorted, filtered pages. */
    private void catalogue(int n) {
        try (EmbeddedStore s = EmbeddedStore.inMemory()) {
            Model m = ModelFactory.createDefaultModel();
            Random random = new Random(3);
            for (int i = 0; i < n; i++) {
                m.createResource(GKG.DOCUMENT_BASE + "d" + i).addProperty(RDF.type, GKG.Document)
                    .addProperty(DCTerms.title, place(i) + "州关于数字政府建设的通知（第" + i + "号）", "zh")
                    .addProperty(DCTerms.issued, String.format("20%02d-%02d-%02d", 10 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28)))
                    .addProperty(GKG.genre, random.nextBoolean() ? "通知" : "实施方案");
            }
            s.replaceGraph(GKG.DOCUMENT_BASE + "catalogue", m);
            DocumentCatalogue catalogue = new DocumentCatalogue(s);
            long t = System.nanoTime();
            catalogue.load();
            double load = (System.nanoTime() - t) / 1e6;
            List<Double> ms = new ArrayList<>();
            String[][] views = {{"", "date", "desc"}, {"", "title", "asc"}, {"通知", "date", "asc"}, {"东岭", "facts", "desc"}};
            for (int r = 0; r < 25; r++)
                for (String[] v : views) {
                    long t0 = System.nanoTime();
                    catalogue.page(v[0], v[1], v[2], 1 + r * 37, 50);
                    if (r > 4) ms.add((System.nanoTime() - t0) / 1e6);
                }
            Collections.sort(ms);
            out.printf("documents overview, %,d documents: catalogue loaded in %.0f ms; a sorted or filtered page: median %.1f ms, p95 %.1f ms%n",
                n, load, ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1));
            out.flush();
        }
    }

    private static long countTriples(Path store) {
        try (EmbeddedStore s = EmbeddedStore.open(store)) {
            return countTriples(s);
        }
    }

    private static long countTriples(EmbeddedStore s) {
        return s.read(c -> {
            long[] n = {0};
            c.querySelect("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", r -> n[0] = r.getLiteral("n").getLong());
            return n[0];
        });
    }

    private static String place(int n) {
        return "" + CHARS.charAt(n % CHARS.length()) + CHARS.charAt((n / CHARS.length()) % CHARS.length());
    }

    private void measure(String name, Path store, Path data) throws Exception {
        ConfigurableApplicationContext app = GovkgApplication.start(store.toString(), 0, "127.0.0.1", data, null, "30s");
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            org.govkg.store.KnowledgeStore s = app.getBean(org.govkg.store.KnowledgeStore.class);
            List<String[]> entities = new ArrayList<>();
            s.read(c -> {
                c.querySelect(Prefixes.sparqlHeader() + "SELECT ?e (MIN(?l) AS ?label) { ?e a ?t ; skos:prefLabel ?l FILTER(?t IN (gkg:Organization, gkg:LeadershipGroup, gkg:Plan, gkg:Project)) } GROUP BY ?e",
                    r -> entities.add(new String[] {r.getResource("e").getURI(), r.getLiteral("label").getLexicalForm()}));
                return null;
            });
            Collections.shuffle(entities, new Random(7));
            HttpClient http = HttpClient.newHttpClient();
            List<String> pages = new ArrayList<>(), searches = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String[] e = entities.get(i % entities.size());
                pages.add("/entity?iri=" + URLEncoder.encode(e[0], StandardCharsets.UTF_8));
                String label = e[1];
                String q = label.length() > 4 ? label.substring(label.length() - 4) : label;
                searches.add("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            }
            for (int i = 0; i < Math.min(50, requests); i++) { time(http, port, pages.get(i)); time(http, port, searches.get(i)); }
            report(name, "entity page", http, port, pages);
            report(name, "search", http, port, searches);
        } finally {
            app.close();
        }
    }

    private void report(String store, String what, HttpClient http, int port, List<String> paths) throws Exception {
        List<Double> ms = new ArrayList<>();
        for (String p : paths) ms.add(time(http, port, p));
        Collections.sort(ms);
        out.printf("%-16s %-12s %5d requests: median %6.1f ms, p95 %6.1f ms, max %6.1f ms%n", store, what, ms.size(),
            ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1), ms.get(ms.size() - 1));
        out.flush();
    }

    private static double time(HttpClient http, int port, String path) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build();
        long t = System.nanoTime();
        HttpResponse<byte[]> resp = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - t) / 1e6;
        if (resp.statusCode() != 200) throw new IllegalStateException(path + " answered " + resp.statusCode());
        return ms;
    }
}
