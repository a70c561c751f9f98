package org.govkg.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.Ingester;
import org.govkg.sparql.ExampleQueries;
import org.govkg.sparql.QueryRunner;
import org.govkg.store.EmbeddedStore;
import org.govkg.store.FusekiProcess;
import org.govkg.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures, not a pass/fail timing: ingest throughput and example-query latency on the embedded
 * store and on a real Fuseki (docs/fuseki/govkg.ttl) with the same documents, in one run; then
 * ingest throughput with 1, 2 and 4 {@code govkg ingest} processes writing to one Fuseki at once.
 * The suite runs a small batch; {@code -Dgovkg.bench.docs=200} for the figures of the closing note.
 * The assertions only check that every run stored every document.
 */
class RemoteStoreBenchmarkTest {
    private static final int DOCS = Integer.getInteger("govkg.bench.docs", 24);
    private static final int RUNS = 5;

    @TempDir
    Path dir;

    static double ingestSeconds(KnowledgeStore store, List<Path> files) {
        long t0 = System.nanoTime();
        new Ingester(store, new DocumentReader()).ingest(files, o -> assertThat(o.status().name()).isEqualTo("INGESTED"));
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Median milliseconds of each example query (after one warm-up run). */
    static double[] medians(KnowledgeStore store) {
        List<ExampleQueries.Example> examples = ExampleQueries.all();
        double[] out = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            String q = examples.get(i).query("zh");
            QueryRunner.Format f = QueryRunner.parse(q).isConstructType() ? QueryRunner.Format.NTRIPLES : QueryRunner.Format.CSV;
            double[] t = new double[RUNS];
            new QueryRunner(store).run(q, f, new ByteArrayOutputStream());
            for (int r = 0; r < RUNS; r++) {
                long t0 = System.nanoTime();
                new QueryRunner(store).run(q, f, new ByteArrayOutputStream());
                t[r] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(t);
            out[i] = t[RUNS / 2];
        }
        return out;
    }

    static double geometricMean(double[] xs) {
        return Math.exp(Arrays.stream(xs).map(Math::log).average().orElse(0));
    }

    @Test
    void embeddedAndRemoteSideBySide() throws Exception {
        List<Path> files = RemoteIngestTest.batch(dir.resolve("docs"), "doc", DOCS);
        double embeddedSeconds, remoteSeconds;
        double[] embeddedMs, remoteMs;
        try (EmbeddedStore embedded = EmbeddedStore.open(dir.resolve("tdb2"))) {
            embeddedSeconds = ingestSeconds(embedded, files);
            embeddedMs = medians(embedded);
        }
        try (FusekiProcess fuseki = FusekiProcess.withTextIndex(dir.resolve("fuseki"))) {
            KnowledgeStore remote = fuseki.store();
            remoteSeconds = ingestSeconds(remote, files);
            remoteMs = medians(remote);
            assertThat(RemoteIngestTest.graphSizes(remote)).hasSize(DOCS);
        }
        System.out.printf("remote-store benchmark, %d documents (%d cores):%n", DOCS, Runtime.getRuntime().availableProcessors());
        System.out.printf("  ingest   embedded TDB2 %.1f docs/s (%.1f s) | Fuseki over HTTP %.1f docs/s (%.1f s) | remote/embedded time %.2f%n",
            DOCS / embeddedSeconds, embeddedSeconds, DOCS / remoteSeconds, remoteSeconds, remoteSeconds / embeddedSeconds);
        List<ExampleQueries.Example> examples = ExampleQueries.all();
        for (int i = 0; i < examples.size(); i++)
            System.out.printf("  query %-32s embedded %7.1f ms | remote %7.1f ms%n", examples.get(i).id(), embeddedMs[i], remoteMs[i]);
        System.out.printf("  example queries, geometric mean of medians: embedded %.1f ms | remote %.1f ms | remote/embedded %.2f%n",
            geometricMean(embeddedMs), geometricMean(remoteMs), geometricMean(remoteMs) / geometricMean(embeddedMs));
    }

    @Test
    void concurrentIngestProcessesAgainstOneFuseki() throws Exception {
        for (int processes : new int[] {1, 2, 4}) {
            Path run = dir.resolve("p" + processes);
            List<Path> all = new ArrayList<>();
            for (int p = 0; p < processes; p++)
                all.addAll(RemoteIngestTest.batch(run.resolve("part" + p), "p" + processes + "-" + p, DOCS / processes));
            try (FusekiProcess fuseki = FusekiProcess.withTextIndex(run.resolve("fuseki"))) {
                fuseki.store().close(); // ontology written before the clock starts
                long t0 = System.nanoTime();
                List<Process> running = new ArrayList<>();
                for (int p = 0; p < processes; p++)
                    running.add(RemoteIngestTest.govkg(fuseki.env(), "ingest", "--store", fuseki.url(), run.resolve("part" + p).toString())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(run.resolve("err" + p).toFile()).start());
                for (int p = 0; p < processes; p++) {
                    assertThat(running.get(p).waitFor(10, TimeUnit.MINUTES)).isTrue();
                    assertThat(running.get(p).exitValue()).as(Files.readString(run.resolve("err" + p))).isZero();
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                assertThat(RemoteIngestTest.graphSizes(fuseki.store())).hasSize(all.size());
                System.out.printf("remote-store benchmark: %d ingest process(es), %d documents into one Fuseki: %.1f s, %.1f docs/s (JVM start included)%n",
                    processes, all.size(), seconds, all.size() / seconds);
            }
        }
    }
}
