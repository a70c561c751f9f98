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
 * Kills {@code govkg ingest} (SIGKILL, not a polite stop) at random moments of a large batch,
 * again and again, resuming each time: after every kill the store opens, every document it holds
 * is complete, and the last run finishes the batch into a store the same as an uninterrupted
 * ingest. Three kills in the suite; {@code -Dgovkg.kills=20} for the long run.
 */
class KilledIngestTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final int DOCUMENTS = 120;
    private static final int KILLS = Integer.getInteger("govkg.kills", 3);

    @TempDir
    Path dir;

    @Test
    void killedIngestLeavesOnlyWholeDocumentsAndResumes() throws Exception {
        Path docs = writeLargeBatch();
        Path store = dir.resolve("store");
        Map<String, Long> expected = new HashMap<>();
        Ingester reference = new Ingester(EmbeddedStore.inMemory(), new DocumentReader());
        for (Path f : Ingester.expand(List.of(docs)))
            expected.put(Iris.document(f.getFileName().toString()), (long) reference.graphOf(new DocumentReader().read(f)).size());

        long seed = Long.getLong("govkg.kills.seed", System.nanoTime());
        java.util.Random random = new java.util.Random(seed);
        int survived = 0, previous = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            int after = 1 + random.nextInt(6); // documents ingested in this run before the kill
            // small batches, so that a run is killed between commits and in the middle of a batch
            Process p = Cli.builder(PROJECT, "ingest", "-v", "--batch", "3", "--store", store.toString(), docs.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int seen = 0;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null && seen < after; line = out.readLine())
                    if (line.startsWith("ingested "))
                        seen++;
                p.destroyForcibly();
                assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
            }
            Map<String, Long> stored = storedGraphSizes(store);
            if (stored.size() == DOCUMENTS) break; // the batch finished before this kill
            assertThat(seen).as("kill %d (seed %d): the batch was still running", kill, seed).isEqualTo(after);
            assertThat(stored.size()).as("kill %d: documents kept", kill).isGreaterThanOrEqualTo(previous + after);
            for (Map.Entry<String, Long> g : stored.entrySet())
                assertThat(g.getValue()).as("kill %d: %s is whole", kill, g.getKey()).isEqualTo(expected.get(g.getKey()));
            previous = stored.size();
            survived++;
        }
        System.out.printf("killed ingest %d times (seed %d): store opened and held only whole documents after %d of %d kills%n",
            KILLS, seed, survived, KILLS);

        Cli.Result resumed = Cli.run(PROJECT, "ingest", "--store", store.toString(), docs.toString());
        assertThat(resumed.exit()).isZero();
        assertThat(resumed.out()).contains("ingested " + (DOCUMENTS - previous) + ", unchanged " + previous);
        assertThat(storedGraphSizes(store)).as("documents lost: none").isEqualTo(expected);
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
