package org.govkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.govkg.store.EmbeddedStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made to exhaust a reader (from {@link HostileCorpus}): each gets a one-line reason or is
 * read safely, and the good file after them still goes in. {@link HostileCorpusTest} runs the
 * whole corpus through the command line in a small heap.
 */
class HostileFilesTest {
    private final EmbeddedStore store = EmbeddedStore.inMemory();
    private final Ingester ingester = new Ingester(store, new DocumentReader());

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        store.close();
    }

    /** A file of the stored hostile corpus, copied so that each test has its own folder. */
    private Path stored(String name) throws Exception {
        return Files.copy(HostileCorpus.STORED.resolve(name), dir.resolve(name));
    }

    @Test
    void pdfsWithAGiantPageOrExplodingContentsOrFontsAreRefusedInOneLine() throws Exception {
        Path good = Files.copy(DocumentReaderTest.fixture("work-summary.pdf"), dir.resolve("h-good.pdf"));
        List<FileOutcome> outcomes = ingester.ingest(List.of(stored("giant-page.pdf"), stored("content-bomb.pdf"), good, stored("font-bomb.pdf")), o -> { });
        assertThat(outcomes.get(0).status()).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(outcomes.get(0).message()).contains("14400 × 14400 points");
        assertThat(outcomes.get(1).status()).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(outcomes.get(1).message()).contains("decode to more than 64 MB");
        assertThat(outcomes.get(2).status()).isEqualTo(FileOutcome.Status.INGESTED);
        assertThat(outcomes.get(3).status()).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(outcomes.get(3).message()).contains("page contents and fonts decode to more than 64 MB");
    }

    @Test
    void bombsAndDeepNestingGetAOneLineReasonAndTheBatchGoesOn() throws Exception {
        List<Path> batch = new ArrayList<>();
        batch.add(stored("zip-bomb.docx"));
        batch.add(stored("nested-100000.html"));
        Path longText = dir.resolve("c-long.txt");
        Files.writeString(longText, "某某市推进数字政府建设。".repeat(250_000)); // 3 M characters (9 MB), under the size limit
        batch.add(longText);
        Path hostile = dir.resolve("d-hostile.txt");
        Files.writeString(hostile, "关于成立“<script>alert(1)</script>&\\\"”领导小组的通知\n\u202E某某市\u0007人民政府\u001B[31m办公室\n"
            + "领导小组办公室设在某某市发展和改革委员会。\n");
        batch.add(hostile);
        Path good = Files.copy(DocumentReaderTest.fixture("group-notice-utf8.txt"), dir.resolve("e-good.txt"));
        batch.add(good);

        long start = System.nanoTime();
        List<FileOutcome> outcomes = ingester.ingest(batch, o -> { });
        long ms = (System.nanoTime() - start) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("hostile batch of %d files: %d ms, heap used after %d MB%n", batch.size(), ms, (rt.totalMemory() - rt.freeMemory()) >> 20);

        assertThat(outcomes.get(0).status()).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(outcomes.get(0).message()).contains("zip bomb");
        assertThat(outcomes.get(1).status()).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(outcomes.get(1).message()).contains("levels deep");
        assertThat(outcomes.get(2).status()).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(outcomes.get(2).message()).contains("longer than the");
        assertThat(outcomes.get(3).status()).isEqualTo(FileOutcome.Status.INGESTED);
        assertThat(outcomes.get(4).status()).isEqualTo(FileOutcome.Status.INGESTED);
        for (FileOutcome o : outcomes) assertThat(o.message()).doesNotContain("\n").doesNotContain("Exception");
        String stored = new DocumentReader().read(hostile).text();
        assertThat(stored).contains("<script>alert(1)</script>", "某某市人民政府办公室").doesNotContain("\u001B", "\u0007", "\u202E", "[31m");
    }
}
