package org.govkg.web;

import static org.assertj.core.api.Assertions.assertThat;

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

import org.govkg.vocab.GKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * New documents while serving: uploaded to {@code POST /documents} with the admin token (by HTTP
 * and by {@code govkg ingest --server}), queryable at once; without the token nothing is written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "govkg.store=memory", "govkg.data=data", "govkg.admin-token=upload-token", "govkg.sparql.per-client=100"})
class DocumentUploadTest {
    private static final String NOTICE = "某某市人民政府办公室关于成立某某市数据共享工作领导小组的通知\n"
        + "领导小组由副市长任组长，办公室设在某某市大数据管理局。\n";
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    private HttpResponse<String> upload(String filename, String text, String token) throws Exception {
        String boundary = "test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
            + "Content-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/documents"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private boolean ask(String sparql) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?query="
            + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json").build(),
            HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(r.body()).path("boolean").asBoolean();
    }

    @Test
    void anUploadedDocumentIsQueryableAtOnceAndItsNameCannotLeaveTheStore() throws Exception {
        HttpResponse<String> r = upload("../../etc/某某市通知.txt", NOTICE, "upload-token");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode file = new ObjectMapper().readTree(r.body()).at("/files/0");
        assertThat(file.path("status").asText()).isEqualTo("ingested");
        assertThat(file.path("file").asText()).isEqualTo("etc/某某市通知.txt");
        String graph = GKG.DOCUMENT_BASE;
        assertThat(ask("ASK { GRAPH ?g { ?x <http://www.w3.org/2004/02/skos/core#prefLabel> \"某某市数据共享工作领导小组\"@zh } "
            + "FILTER(STRSTARTS(STR(?g), \"" + graph + "\")) }")).isTrue();
        assertThat(upload("again.txt", NOTICE, "upload-token").body()).contains("\"status\":\"ingested\"");
    }

    @Test
    void withoutTheTokenNothingIsWritten() throws Exception {
        HttpResponse<String> r = upload("x.txt", NOTICE.replace("数据共享", "无权上传"), null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(ask("ASK { ?x <http://www.w3.org/2004/02/skos/core#prefLabel> \"某某市无权上传工作领导小组\"@zh }")).isFalse();
        // the catalogue page at the same path stays open to read
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/documents"))
            .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
    }

    @Test
    void ingestWithServerSendsAFolderToTheRunningServer() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("inbox/2026"));
        Files.writeString(folder.resolve("a.txt"), NOTICE.replace("数据共享", "公共数据开放"));
        Files.writeString(folder.resolve("empty.txt"), "");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), org.govkg.cli.Main.class.getName(),
            "ingest", "--server", "http://localhost:" + port + "/", dir.resolve("inbox").toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("GOVKG_ADMIN_TOKEN", "upload-token");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isEqualTo(1); // one file failed (empty)
        assertThat(out).contains("ingested 1, unchanged 0, failed 1").contains("empty file").doesNotContain("upload-token");
        assertThat(ask("ASK { ?x <http://www.w3.org/2004/02/skos/core#prefLabel> \"某某市公共数据开放工作领导小组\"@zh }")).isTrue();
        assertThat(ask("ASK { GRAPH <" + GKG.DOCUMENT_BASE + "2026/a.txt> { ?s ?p ?o } }")).isTrue();
    }

    @Test
    void queriesDuringUploadsSeeEachDocumentWholeOrNotAtAll() throws Exception {
        String text = Files.readString(Path.of("data/documents/03-honghe-digital-government-plan.txt"));
        for (int d = 0; d < 4; d++) {
            String name = "concurrent-" + d + ".txt";
            String count = "SELECT (COUNT(*) AS ?n) { GRAPH <" + GKG.DOCUMENT_BASE + name + "> { ?s ?p ?o } }";
            java.util.Set<Long> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
            java.util.concurrent.atomic.AtomicBoolean uploading = new java.util.concurrent.atomic.AtomicBoolean(true);
            List<Thread> readers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Thread reader = new Thread(() -> {
                    try {
                        while (uploading.get()) {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?query="
                                + URLEncoder.encode(count, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 200) seen.add(Long.parseLong(r.body().lines().skip(1).findFirst().orElse("0").strip()));
                        }
                    } catch (Exception e) {
                        seen.add(-1L);
                    }
                });
                reader.start();
                readers.add(reader);
            }
            HttpResponse<String> up = upload(name, text.replace("红河", "某" + d + "州"), "upload-token");
            uploading.set(false);
            for (Thread reader : readers) reader.join();
            assertThat(up.statusCode()).isEqualTo(200);
            HttpResponse<String> after = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?query="
                + URLEncoder.encode(count, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            long whole = Long.parseLong(after.body().lines().skip(1).findFirst().orElseThrow().strip());
            assertThat(whole).isGreaterThan(100);
            assertThat(seen).as("triple counts the readers saw while document %d arrived", d).isSubsetOf(0L, whole);
        }
    }
}
