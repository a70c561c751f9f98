package org.govkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.govkg.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole hostile corpus ({@link HostileCorpus}: bombs, giant pages, deep nesting, mixed and
 * missing encodings, random bytes, a 30 MB text, a 25 MB line, names with quotes and a newline, a
 * symbolic-link loop) through {@code govkg ingest} in a JVM of its own with a 512 MB heap, as a user
 * would run it: it finishes, says one line per refused file, exits 1 (not a crash), and the store
 * holds exactly the documents it reported, each whole. Prints inputs, refusals, time and peak RSS.
 */
class HostileCorpusTest {
    @TempDir
    Path dir;

    @Test
    void everyHostileFileIsRefusedInOneLineOrStoredAndTheBatchFinishesInASmallHeap() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (Stream<Path> files = Files.list(HostileCorpus.STORED)) {
            for (Path f : files.toList()) Files.copy(f, in.resolve(f.getFileName()));
        }
        HostileCorpus.writeLarge(in);
        HostileCorpus.writeUnstorable(in);
        Path good = Files.copy(DocumentReaderTest.fixture("group-notice-utf8.txt"), in.resolve("zz-good.txt"));
        Path store = dir.resolve("store");

        File out = dir.resolve("out.txt").toFile(), err = dir.resolve("err.txt").toFile();
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
            "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest", "-v", "--store", store.toString(), in.toString());
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(out).redirectError(err).start();
        long peakKb = 0;
        while (!p.waitFor(100, TimeUnit.MILLISECONDS)) {
            peakKb = Math.max(peakKb, peakRssKb(p.pid()));
            assertThat(System.nanoTime() - start).as("ingest of the hostile corpus still running after 5 minutes").isLessThan(TimeUnit.MINUTES.toNanos(5));
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        String stdout = Files.readString(out.toPath(), StandardCharsets.UTF_8), stderr = Files.readString(err.toPath(), StandardCharsets.UTF_8);

        List<String> refused = stderr.lines().filter(l -> l.startsWith("error: ")).toList();
        List<String> stored = stdout.lines().filter(l -> l.startsWith("ingested ") && l.endsWith("triples)")).toList();
        System.out.printf("hostile corpus: %d inputs, %d refused, %d stored, exit %d, %d ms, peak RSS %d MB (heap 512 MB)%n",
            refused.size() + stored.size(), refused.size(), stored.size(), p.exitValue(), ms, peakKb / 1024);
        refused.forEach(l -> System.out.println("  " + l));

        assertThat(p.exitValue()).as(stderr).isEqualTo(1);
        assertThat(stderr).doesNotContain("\tat ", "Exception", "OutOfMemory");
        assertThat(refused).hasSizeGreaterThanOrEqualTo(12)
            .anyMatch(l -> l.contains("zip-bomb.docx") && l.contains("zip bomb"))
            .anyMatch(l -> l.contains("font-bomb.pdf") && l.contains("fonts decode to more than"))
            .anyMatch(l -> l.contains("content-bomb.pdf"))
            .anyMatch(l -> l.contains("giant-page.pdf") && l.contains("points"))
            .anyMatch(l -> l.contains("nested-100000.html") && l.contains("levels deep"))
            .anyMatch(l -> l.contains("thirty-megabytes.txt") && l.contains("too large"))
            .anyMatch(l -> l.contains("mixed-encodings.txt") && l.contains("at line 2"))
            .anyMatch(l -> l.contains("random-bytes.pdf"));
        assertThat(stored).anyMatch(l -> l.contains(good.getFileName().toString()))
            .anyMatch(l -> l.contains("utf16-without-bom.txt"))
            .anyMatch(l -> l.contains("markup-in-names.txt"))
            .anyMatch(l -> l.contains("loop") && l.contains("inside.txt"));
        // the file whose name holds a newline is reported on one line, its newline written as \n
        assertThat(stdout.lines().filter(l -> l.contains("\\n称.txt"))).hasSize(1);

        Dataset ds = TDB2Factory.connectDataset(store.toString());
        long documents = Txn.calculateRead(ds, () -> Stream.of(ds.listModelNames()).count() > 0
            ? org.apache.jena.atlas.iterator.Iter.count(ds.listModelNames()) : 0L);
        // the ontology graph besides the documents
        assertThat(documents - 1).isEqualTo(stored.size());
    }

    /**
     * A document that needs more memory than the heap fails alone with a one-line reason that says
     * how to raise the heap, and the next document is still stored (not a crash of the batch).
     */
    @Test
    void aDocumentNeedingMoreThanTheHeapFailsAloneAndTheNextIsStored() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-big.txt"), "某某市推进数字政府建设，某某局牵头。\n".repeat(350_000)); // 19 MB, under the file limit
        Files.copy(DocumentReaderTest.fixture("group-notice-utf8.txt"), in.resolve("b-good.txt"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
            "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest", "-v", "--store", dir.resolve("store").toString(), in.toString())
            .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("a-big.txt: not stored: reading it needed more memory than the heap has (").contains("MB; GOVKG_JAVA_OPTS=-Xmx… raises it)")
            .contains("ingested " + in.resolve("b-good.txt") + " (").doesNotContain("\tat ", "OutOfMemoryError");
    }

    /** VmHWM of a running process, the most resident memory it has had; 0 once it is gone. */
    private static long peakRssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status")))
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", ""));
        } catch (Exception e) {
            // finished between the check and the read
        }
        return 0;
    }
}
