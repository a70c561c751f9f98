package org.govkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govkg.store.EmbeddedStore;
import org.govkg.vocab.GKG;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files get a clear reason, the rest of the batch goes in, and the store never holds a partial document. */
class BadInputTest {
    private final EmbeddedStore store = EmbeddedStore.inMemory();
    private final Ingester ingester = new Ingester(store, new DocumentReader());

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        store.close();
    }

    private long documents() {
        return store.read(c -> {
            long[] n = {0};
            c.querySelect("SELECT ?g { GRAPH ?g { ?g a <" + GKG.Document.getURI() + "> } }", r -> n[0]++);
            return n[0];
        });
    }

    @Test
    void aFolderIsNeverLeftThroughASymbolicLink() throws Exception {
        Path outside = Files.writeString(dir.resolve("secret.txt"), "某某市财政局内部文件：不应被读入。");
        Path folder = Files.createDirectories(dir.resolve("docs"));
        Files.copy(DocumentReaderTest.fixture("group-notice-utf8.txt"), folder.resolve("good.txt"));
        Files.createSymbolicLink(folder.resolve("notes.txt"), outside);
        Files.createSymbolicLink(folder.resolve("loop"), folder); // a loop: never walked into
        List<DocumentFile> files = Ingester.documents(List.of(folder));
        List<FileOutcome> outcomes = ingester.ingestDocuments(files, o -> { });
        assertThat(outcomes).filteredOn(o -> o.file().getFileName().toString().equals("notes.txt")).singleElement()
            .satisfies(o -> {
                assertThat(o.status()).isEqualTo(FileOutcome.Status.FAILED);
                assertThat(o.message()).contains("symbolic link to a file outside");
            });
        assertThat(outcomes).filteredOn(o -> o.status() == FileOutcome.Status.INGESTED).hasSize(1);
        assertThat(documents()).isEqualTo(1);
        boolean stored = store.read(c -> c.queryAsk("ASK { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"不应被读入\")) }"));
        assertThat(stored).isFalse();
    }

    @Test
    void fiftyMegabyteFileIsRefusedAndTheBatchGoesOn() throws Exception {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        Path good = Files.copy(DocumentReaderTest.fixture("group-notice-utf8.txt"), dir.resolve("good.txt"));
        List<FileOutcome> outcomes = ingester.ingest(List.of(huge, good), o -> { });
        assertThat(outcomes.get(0).status()).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(outcomes.get(0).message()).startsWith("file too large: 52428800 bytes");
        assertThat(outcomes.get(1).status()).isEqualTo(FileOutcome.Status.INGESTED);
        assertThat(documents()).isEqualTo(1);
    }

    @Test
    void twoMegabyteSingleLineIsIngestedWhole() throws Exception {
        String sentence = "某某市人民政府办公室关于做好数据工作的通知，请市数据局、市财政局抓好落实，建设某某市政务云平台。";
        Path line = Files.writeString(dir.resolve("line.txt"), sentence.repeat(2_000_000 / sentence.length()));
        FileOutcome o = ingester.ingest(line);
        assertThat(o.status()).isEqualTo(FileOutcome.Status.INGESTED);
        assertThat(o.triples()).isGreaterThan(100_000);
        assertThat(documents()).isEqualTo(1);
    }

    @Test
    void documentWithNoEntitiesIsStoredAndSaidSo() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "今天天气很好。\n我们一起去公园散步。\n");
        FileOutcome o = ingester.ingest(plain);
        assertThat(o.status()).isEqualTo(FileOutcome.Status.INGESTED);
        assertThat(o.message()).startsWith("no entities found");
        assertThat(documents()).isEqualTo(1);
    }

    @Test
    void pageWithoutArticleFailsWithItsReason() throws Exception {
        FileOutcome o = ingester.ingest(DocumentReaderTest.fixture("no-article.html"));
        assertThat(o.status()).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(o.message()).contains("HTML page has no article text");
        assertThat(documents()).isZero();
    }
}
