package org.govkg.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.govkg.diagram.DiagramKind;
import org.govkg.diagram.DiagramRequest;
import org.govkg.diagram.Diagrams;
import org.govkg.diagram.DotWriter;
import org.govkg.diagram.LayoutEngine;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.Ingester;
import org.govkg.resolve.Curation;
import org.govkg.search.EntitySearch;
import org.govkg.sparql.ExampleQueries;
import org.govkg.sparql.QueryRunner;
import org.govkg.store.EmbeddedStore;
import org.govkg.store.FusekiProcess;
import org.govkg.store.KnowledgeStore;
import org.govkg.store.RemoteStore;
import org.govkg.store.TextMatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * govkg on top of a real Fuseki (configured as docs/fuseki/govkg.ttl): {@code govkg serve --store
 * URL} loads the sample documents into it and serves the web app and SPARQL there; every example
 * query answers as on the embedded store, every diagram kind draws the same picture, search finds
 * the same entities.
 */
class RemoteStoreEndToEndTest {
    @TempDir
    static Path dir;
    static FusekiProcess fuseki;
    static Process server;
    static String base;
    static EmbeddedStore embedded;
    static RemoteStore remote;
    static final HttpClient http = HttpClient.newHttpClient();
    static final String TOKEN = "remote-admin-token";

    @BeforeAll
    static void start() throws Exception {
        fuseki = FusekiProcess.withTextIndex(dir.resolve("fuseki"));
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), org.govkg.cli.Main.class.getName(),
            "serve", "--store", fuseki.url(), "--port", Integer.toString(port), "--data", "data"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(dir.resolve("serve.err").toFile());
        pb.environment().putAll(fuseki.env());
        pb.environment().put("GOVKG_ADMIN_TOKEN", TOKEN);
        server = pb.start();
        base = "http://localhost:" + port + "/";
        String ready = readyLine(server);
        assertThat(ready).as(Files.readString(dir.resolve("serve.err"))).contains("govkg: ready").contains("store " + fuseki.url());
        embedded = EmbeddedStore.inMemory();
        new Ingester(embedded, new DocumentReader(), Curation.read(Path.of("data/curation.tsv")))
            .ingest(Ingester.expand(List.of(Path.of("data/documents"))), o -> { });
        remote = fuseki.store();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
        if (embedded != null) embedded.close();
        fuseki.close();
    }

    static String readyLine(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine())
                    if (line.startsWith("govkg: ready")) return line;
                return "(serve ended without a ready line)";
            } catch (java.io.IOException e) {
                return e.toString();
            }
        });
        String line = ready.get(4, TimeUnit.MINUTES);
        CompletableFuture.runAsync(() -> {
            try {
                while (out.readLine() != null) { /* drained */ }
            } catch (java.io.IOException e) {
                // the server stopped
            }
        });
        return line;
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static List<String> sortedLines(String s) {
        List<String> lines = new ArrayList<>(s.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        java.util.Collections.sort(lines);
        return lines;
    }

    static String embeddedAnswer(String query, QueryRunner.Format format) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new QueryRunner(embedded).run(query, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static List<ExampleQueries.Example> examples() {
        return ExampleQueries.all();
    }

    @Test
    void theServerLoadedTheSampleDocumentsIntoFuseki() {
        long graphs = remote.read(c -> {
            long[] n = {0};
            c.querySelect("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { } }", r -> n[0] = r.getLiteral("n").getLong());
            return n[0];
        });
        long local = embedded.read(c -> {
            long[] n = {0};
            c.querySelect("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { } }", r -> n[0] = r.getLiteral("n").getLong());
            return n[0];
        });
        assertThat(graphs).isEqualTo(local).isGreaterThan(5);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleQueryAnswersThroughTheServerAsOnTheEmbeddedStore(ExampleQueries.Example example) throws Exception {
        String query = example.query("zh");
        boolean graph = QueryRunner.parse(query).isConstructType();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "sparql"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", graph ? "application/n-triples" : "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String expected = embeddedAnswer(query, graph ? QueryRunner.Format.NTRIPLES : QueryRunner.Format.CSV);
        if (query.contains("text:query")) {
            // relevance scores, and so the top N, are each index's own; the documented answer is in both
            String expect = Files.readString(Path.of("src/main/resources/queries/examples", example.id() + ".rq")).lines()
                .filter(l -> l.startsWith("# expect: ")).findFirst().orElseThrow().substring("# expect: ".length()).strip();
            assertThat(r.body()).as(example.id()).contains(expect);
            assertThat(expected).contains(expect);
            return;
        }
        assertThat(sortedLines(r.body())).as(example.id()).isEqualTo(sortedLines(expected)).hasSizeGreaterThan(graph ? 0 : 1);
    }

    static String first(KnowledgeStore store, String type) {
        return store.read(c -> {
            String[] iri = {null};
            c.querySelect("SELECT ?e { ?e a <https://govkg.org/ontology#" + type + "> } ORDER BY ?e LIMIT 1", r -> iri[0] = r.getResource("e").getURI());
            return iri[0];
        });
    }

    static List<String> entitiesFor(DiagramKind kind) {
        return switch (kind) {
            case GROUP, NEIGHBOURHOOD -> List.of(first(embedded, "LeadershipGroup"));
            case PLAN, LINEAGE -> List.of(first(embedded, "Plan"));
            case DOCUMENT -> List.of(first(embedded, "Document"));
            case PATH -> List.of(first(embedded, "LeadershipGroup"), first(embedded, "Plan"));
            default -> List.of();
        };
    }

    @ParameterizedTest
    @EnumSource(value = DiagramKind.class, names = "QUERY", mode = EnumSource.Mode.EXCLUDE)
    void everyDiagramKindDrawsTheSamePictureFromBothStores(DiagramKind kind) throws Exception {
        List<String> entities = entitiesFor(kind);
        DiagramRequest request = DiagramRequest.of(kind, entities.toArray(String[]::new));
        DotWriter writer = new DotWriter("/entity?iri=", "zh");
        String fromEmbedded, fromRemote;
        try {
            fromEmbedded = writer.write(new Diagrams(embedded, LayoutEngine.best()).build(request));
        } catch (org.govkg.diagram.NoPathException e) {
            fromEmbedded = "no path";
        }
        try {
            fromRemote = writer.write(new Diagrams(remote, LayoutEngine.best()).build(request));
        } catch (org.govkg.diagram.NoPathException e) {
            fromRemote = "no path";
        }
        assertThat(fromRemote).isEqualTo(fromEmbedded);
        String query = "entity=" + URLEncoder.encode(entities.get(0), StandardCharsets.UTF_8)
            + (entities.size() > 1 ? "&entity2=" + URLEncoder.encode(entities.get(1), StandardCharsets.UTF_8) : "");
        HttpResponse<String> svg = get("diagram/" + kind.key() + "?" + query);
        if (!fromEmbedded.equals("no path")) {
            assertThat(svg.statusCode()).as(svg.body()).isEqualTo(200);
            assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
            assertThat(svg.body()).contains("<svg");
        }
    }

    @Test
    void searchFindsWhatTheEmbeddedStoreFinds() throws Exception {
        assertThat(remote.textMethod()).isEqualTo(TextMatch.Method.SERVER_INDEX);
        for (String q : List.of("发改委", "领导小组", "数字政府", "科技局")) {
            List<String> here = new EntitySearch(embedded).search(q, null, 5).stream().map(EntitySearch.Hit::iri).toList();
            List<String> there = new EntitySearch(remote).search(q, null, 5).stream().map(EntitySearch.Hit::iri).toList();
            assertThat(there).as(q).isNotEmpty();
            assertThat(there.get(0)).as(q).isEqualTo(here.get(0));
            HttpResponse<String> page = get("search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains(there.get(0));
        }
    }

    @Test
    void pagesAnswerAndTheQualityPageNamesTheTextRoute() throws Exception {
        for (String path : List.of("", "documents", "workbench", "quality", "sparql",
            "entity?iri=" + URLEncoder.encode(first(embedded, "LeadershipGroup"), StandardCharsets.UTF_8))) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
        }
        assertThat(get("quality").body()).contains("data-method=\"SERVER_INDEX\"").contains(fuseki.url());
        HttpResponse<String> all = http.send(HttpRequest.newBuilder(URI.create(base + "data?default"))
            .header("Accept", "application/n-triples").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body().lines().count()).isGreaterThan(1000);
    }

    static HttpResponse<String> upload(String filename, String text, String token) throws Exception {
        String boundary = "remote-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
            + "Content-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "documents"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static long count(String sparql) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "sparql?query="
            + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElse("0").strip());
    }

    @Test
    void uploadsWhileEightClientsQueryAreSeenWholeOrNotAtAll() throws Exception {
        String text = Files.readString(Path.of("data/documents/03-honghe-digital-government-plan.txt"));
        for (int d = 0; d < 2; d++) {
            String name = "remote-upload-" + d + ".txt";
            String count = "SELECT (COUNT(*) AS ?n) { GRAPH <" + org.govkg.vocab.GKG.DOCUMENT_BASE + name + "> { ?s ?p ?o } }";
            java.util.Set<Long> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
            java.util.concurrent.atomic.AtomicBoolean uploading = new java.util.concurrent.atomic.AtomicBoolean(true);
            List<Thread> readers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Thread reader = new Thread(() -> {
                    try {
                        while (uploading.get()) {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "sparql?query="
                                + URLEncoder.encode(count, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
                            // 429: more than the per-client limit of queries at once, the limit doing its work
                            if (r.statusCode() == 200) seen.add(Long.parseLong(r.body().lines().skip(1).findFirst().orElse("0").strip()));
                            else if (r.statusCode() != 429) seen.add(-(long) r.statusCode());
                        }
                    } catch (Throwable e) {
                        seen.add(-1L);
                    }
                });
                reader.start();
                readers.add(reader);
            }
            HttpResponse<String> up = upload(name, text.replace("红河", "某" + d + "州"), TOKEN);
            uploading.set(false);
            for (Thread reader : readers) reader.join();
            assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
            long whole = count(count);
            assertThat(whole).isGreaterThan(100);
            assertThat(seen).as("triple counts seen while document %d arrived", d).isSubsetOf(0L, whole);
            // the other tests compare the store with the embedded one, which never saw these
            remote.removeGraph(org.govkg.vocab.GKG.DOCUMENT_BASE + name);
        }
    }

    @Test
    void writesWithoutTheAdminTokenAreRefusedAndWriteNothing() throws Exception {
        String name = "remote-no-token.txt";
        assertThat(upload(name, "关于成立某市数据工作领导小组的通知\n经研究，决定成立某市数据工作领导小组。\n", null).statusCode()).isEqualTo(401);
        assertThat(upload(name, "关于成立某市数据工作领导小组的通知\n经研究，决定成立某市数据工作领导小组。\n", "wrong").statusCode()).isEqualTo(401);
        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <" + org.govkg.vocab.GKG.DOCUMENT_BASE + name + "> { ?s ?p ?o } }")).isZero();
        String graph = "https://example.org/remote-update-test";
        String update = "INSERT DATA { GRAPH <" + graph + "> { <https://example.org/a> <https://example.org/b> \"某某\" } }";
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(base + "update"))
            .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }")).isZero();
        HttpResponse<String> done = http.send(HttpRequest.newBuilder(URI.create(base + "update"))
            .header("Content-Type", "application/sparql-update").header("Authorization", "Bearer " + TOKEN)
            .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).as(done.body()).isBetween(200, 204);
        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }")).isEqualTo(1);
        remote.removeGraph(graph);
    }
}
