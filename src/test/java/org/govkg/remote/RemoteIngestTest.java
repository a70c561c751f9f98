package org.govkg.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.Ingester;
import org.govkg.ingest.Iris;
import org.govkg.store.EmbeddedStore;
import org.govkg.store.FusekiProcess;
import org.govkg.store.KnowledgeStore;
import org.govkg.vocab.GKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code govkg ingest --store URL} against a real Fuseki, in processes of its own as users run it:
 * Fuseki killed (SIGKILL) in the middle of a batch, and several ingests writing at once.
 */
class RemoteIngestTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    static ProcessBuilder govkg(Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), org.govkg.cli.Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(PROJECT.toFile());
        pb.environment().putAll(env);
        return pb;
    }

    /** {@code n} distinct documents made from the samples, in {@code folder}. */
    static List<Path> batch(Path folder, String prefix, int n) throws Exception {
        Files.createDirectories(folder);
        List<Path> samples = Ingester.expand(List.of(PROJECT.resolve("data/documents")));
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path f = folder.resolve(String.format("%s-%03d.txt", prefix, i));
            Files.writeString(f, Files.readString(samples.get(i % samples.size())) + "\n第" + i + "份。\n");
            out.add(f);
        }
        return out;
    }

    /** Each document graph with its size; every one must carry exactly one content hash (else it is half in). */
    static Map<String, Long> graphSizes(KnowledgeStore store) {
        return store.read(c -> {
            Map<String, Long> sizes = new HashMap<>();
            c.querySelect("SELECT ?g (COUNT(*) AS ?n) (SUM(IF(?p = <" + GKG.contentHash.getURI() + ">, 1, 0)) AS ?h) "
                + "{ GRAPH ?g { ?s ?p ?o } FILTER(?g != <" + GKG.ONTOLOGY_GRAPH + ">) } GROUP BY ?g", r -> {
                    assertThat(r.getLiteral("h").getInt()).as("content hash of " + r.get("g")).isEqualTo(1);
                    sizes.put(r.getResource("g").getURI(), r.getLiteral("n").getLong());
                });
            return sizes;
        });
    }

    static Map<String, Long> expectedSizes(List<Path> files) throws Exception {
        Map<String, Long> expected = new HashMap<>();
        try (EmbeddedStore reference = EmbeddedStore.inMemory()) {
            Ingester ingester = new Ingester(reference, new DocumentReader());
            for (Path f : files)
                expected.put(Iris.document(f.getFileName().toString()), (long) ingester.graphOf(new DocumentReader().read(f)).size());
        }
        return expected;
    }

    @Test
    void fusekiKilledMidIngestNamesTheDocumentsNotInAndARerunCompletesThem() throws Exception {
        List<Path> files = batch(dir.resolve("docs"), "doc", 40);
        Map<String, Long> expected = expectedSizes(files);
        try (FusekiProcess fuseki = FusekiProcess.plain(dir.resolve("fuseki"))) {
            File err = dir.resolve("ingest.err").toFile();
            File out = dir.resolve("ingest.out").toFile();
            Process ingest = govkg(fuseki.env(), "ingest", "-v", "--store", fuseki.url(), dir.resolve("docs").toString())
                .redirectError(err).start();
            try (java.io.BufferedReader lines = new java.io.BufferedReader(
                    new java.io.InputStreamReader(ingest.getInputStream(), StandardCharsets.UTF_8))) {
                // kill Fuseki once a few documents are in, while the batch goes on
                int in = 0;
                for (String line = lines.readLine(); line != null && in < 5; line = lines.readLine())
                    if (line.startsWith("ingested ")) in++;
                fuseki.kill();
                while (lines.readLine() != null) { /* the rest of the run */ }
            }
            assertThat(ingest.waitFor(3, TimeUnit.MINUTES)).isTrue();
            String errors = Files.readString(err.toPath(), StandardCharsets.UTF_8);
            assertThat(ingest.exitValue()).as(errors).isEqualTo(1);

            fuseki.restart();
            Map<String, Long> stored = graphSizes(fuseki.store());
            assertThat(stored.size()).isGreaterThanOrEqualTo(5).isLessThan(files.size());
            for (Map.Entry<String, Long> g : stored.entrySet())
                assertThat(g.getValue()).as("%s is whole", g.getKey()).isEqualTo(expected.get(g.getKey()));
            // every document that is not in was named, and told why
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (!stored.containsKey(Iris.document(name)))
                    assertThat(errors).contains("error: " + f + ": not stored: ");
            }
            assertThat(errors).contains("did not answer after 6 attempts").contains("run the same command again");

            Process rerun = govkg(fuseki.env(), "ingest", "--store", fuseki.url(), dir.resolve("docs").toString())
                .redirectError(err).redirectOutput(out).start();
            assertThat(rerun.waitFor(3, TimeUnit.MINUTES)).isTrue();
            assertThat(rerun.exitValue()).as(Files.readString(err.toPath())).isZero();
            assertThat(Files.readString(out.toPath())).contains("ingested " + (files.size() - stored.size()) + ", unchanged " + stored.size());
            assertThat(graphSizes(fuseki.store())).as("no document lost, none doubled").isEqualTo(expected);
        }
    }

    @Test
    void severalIngestsWritingToOneStoreAtOnceAllSucceed() throws Exception {
        List<Path> all = new ArrayList<>();
        for (int p = 0; p < 3; p++) all.addAll(batch(dir.resolve("part" + p), "part" + p, 8));
        try (FusekiProcess fuseki = FusekiProcess.withTextIndex(dir.resolve("fuseki"))) {
            List<Process> running = new ArrayList<>();
            for (int p = 0; p < 3; p++)
                running.add(govkg(fuseki.env(), "ingest", "--store", fuseki.url(), dir.resolve("part" + p).toString())
                    .redirectError(dir.resolve("err" + p).toFile()).redirectOutput(dir.resolve("out" + p).toFile()).start());
            for (int p = 0; p < 3; p++) {
                assertThat(running.get(p).waitFor(3, TimeUnit.MINUTES)).isTrue();
                assertThat(running.get(p).exitValue()).as(Files.readString(dir.resolve("err" + p))).isZero();
                assertThat(Files.readString(dir.resolve("out" + p))).contains("ingested 8, unchanged 0, failed 0");
            }
            assertThat(graphSizes(fuseki.store())).isEqualTo(expectedSizes(all));
        }
    }

    @Test
    void ingestWithoutTheUsersPasswordIsRefusedPerDocumentAndNothingIsWritten() throws Exception {
        List<Path> files = batch(dir.resolve("docs"), "doc", 2);
        try (FusekiProcess fuseki = FusekiProcess.withTextIndex(dir.resolve("fuseki"))) {
            fuseki.store().close(); // the ontology is written with the password, once
            Cli result = Cli.of(govkg(Map.of("GOVKG_STORE_USER", FusekiProcess.USER, "GOVKG_STORE_PASSWORD", "not-it"),
                "ingest", "--store", fuseki.url(), dir.resolve("docs").toString()));
            assertThat(result.exit).isEqualTo(1);
            for (Path f : files)
                assertThat(result.err).contains("error: " + f + ": not stored: the store at " + fuseki.url() + " refused writing the graph");
            assertThat(result.err).contains("HTTP 401").contains("was not accepted").doesNotContain("not-it").doesNotContain(FusekiProcess.PASSWORD);
            assertThat(graphSizes(fuseki.store())).isEmpty();
        }
    }

    /** A finished run's exit code and output. */
    record Cli(int exit, String out, String err) {
        static Cli of(ProcessBuilder pb) throws Exception {
            File out = File.createTempFile("govkg", ".out"), err = File.createTempFile("govkg", ".err");
            Process p = pb.redirectOutput(out).redirectError(err).start();
            if (!p.waitFor(3, TimeUnit.MINUTES)) p.destroyForcibly();
            return new Cli(p.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
        }
    }
}
