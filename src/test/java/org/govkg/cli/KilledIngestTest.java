package org.govkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.Ingester;
import org.govkg.ingest.Iris;
import org.govkg.store.EmbeddedStore;
import org.govkg.vocab.GKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code govkg ingest} (SIGKILL) in the middle of a large batch: every document the store
 * then holds is complete, none is half there, and a second run finishes the batch.
 */
class KilledIngestTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final int DOCUMENTS = 120;

    @TempDir
    Path dir;

    @Test
    void killedIngestLeavesOnlyWholeDocumentsAndResumes() throws Exception {
        Path docs = writeLargeBatch();
        Path store = dir.resolve("store");
        Process p = Cli.builder(PROJECT, "ingest", "-v", "--store", store.toString(), docs.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int seen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && seen < 5; line = out.readLine())
                if (line.startsWith("ingested "))
                    seen++;
            p.destroyForcibly();
            assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(seen).as("the batch was still running when killed").isEqualTo(5);

        Map<String, Long> stored = storedGraphSizes(store);
        assertThat(stored.size()).isBetween(5, DOCUMENTS - 1);
        Ingester reference = new Ingester(EmbeddedStore.inMemory(), new DocumentReader());
        for (Path f : Ingester.expand(List.of(docs))) {
            String graph = Iris.document(f.getFileName().toString());
            if (stored.containsKey(graph)) // + 1: ingest adds the SHACL violation count
                assertThat(stored.get(graph)).as(graph).isEqualTo(reference.graphOf(new DocumentReader().read(f)).size());
        }

        Cli.Result resumed = Cli.run(PROJECT, "ingest", "--store", store.toString(), docs.toString());
        assertThat(resumed.exit()).isZero();
        assertThat(resumed.out()).contains("ingested " + (DOCUMENTS - stored.size()) + ", unchanged " + stored.size());
        assertThat(storedGraphSizes(store)).hasSize(DOCUMENTS);
    }

    /** Every document graph in the store with its size; a graph without a content hash would be a half-written one. */
    private static Map<String, Long> storedGraphSizes(Path store) {
        try (EmbeddedStore s = EmbeddedStore.open(store)) {
            return s.read(c -> {
                Map<String, Long> sizes = new HashMap<>();
                c.querySelect("SELECT ?g (COUNT(*) AS ?n) (SUM(IF(?p = <" + GKG.contentHash.getURI() + ">, 1, 0)) AS ?h) "
                    + "{ GRAPH ?g { ?s ?p ?o } FILTER(?g != <" + GKG.ONTOLOGY_GRAPH + ">) } GROUP BY ?g", r -> {
                        assertThat(r.getLiteral("h").getInt()).as("content hash of " + r.get("g")).isEqualTo(1);
                        sizes.put(r.getResource("g").getURI(), r.getLiteral("n").getLong());
                    });
                return sizes;
            });
        }
    }

    /** Sample documents, each repeated to a few hundred sentences so that every transaction is large. */
    private Path writeLargeBatch() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        List<Path> samples = Ingester.expand(List.of(PROJECT.resolve("data/documents")));
        for (int i = 0; i < DOCUMENTS; i++) {
            String text = Files.readString(samples.get(i % samples.size()));
            StringBuilder body = new StringBuilder(text);
            for (int k = 0; k < 15; k++)
                body.append(text.replace("2022", Integer.toString(1900 + k)));
            Files.writeString(docs.resolve(String.format("doc-%03d.txt", i)), body + "\n第" + i + "份。\n");
        }
        return docs;
    }
}
