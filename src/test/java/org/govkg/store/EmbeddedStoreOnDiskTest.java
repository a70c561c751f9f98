package org.govkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;

import org.govkg.vocab.GKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoreOnDiskTest extends KnowledgeStoreContract {
    @TempDir
    Path dir;

    @Override
    protected KnowledgeStore create() {
        return EmbeddedStore.open(dir.resolve("store"));
    }

    @Test
    void documentsSurviveReopening() {
        String g = GKG.DOCUMENT_BASE + "kept";
        store.replaceGraph(g, document(g, "h", "甲局"));
        store.close();
        store = EmbeddedStore.open(dir.resolve("store"));
        assertThat(store.isCurrent(g, "h")).isTrue();
    }

    /**
     * A read that fails is aborted (a query cut by its timeout, code that throws inside a read).
     * Two failing at the same moment once left a transaction open for good: the store could then
     * not be closed ("Can't expel: Active transactions").
     */
    @Test
    void readsFailingAtTheSameMomentLeaveNoTransactionOpen() {
        String g = GKG.DOCUMENT_BASE + "kept";
        store.replaceGraph(g, document(g, "h", "甲局"));
        for (int round = 0; round < 20; round++) {
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<Void>> reads = IntStream.range(0, 2).mapToObj(i -> CompletableFuture.runAsync(() ->
                store.read(conn -> {
                    try {
                        together.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    throw new IllegalStateException("the query failed");
                }))).toList();
            reads.forEach(r -> assertThat(r).failsWithin(java.time.Duration.ofSeconds(30)));
        }
        assertThatCode(store::close).doesNotThrowAnyException();
        store = EmbeddedStore.open(dir.resolve("store"));
        assertThat(store.isCurrent(g, "h")).isTrue();
    }

    @Test
    void aBatchIsWrittenWholeOrNotAtAll() {
        String g1 = GKG.DOCUMENT_BASE + "one", g2 = GKG.DOCUMENT_BASE + "two";
        try (KnowledgeStore.GraphBatch batch = store.batch()) {
            batch.put(g1, document(g1, "h1", "甲局"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> batch.put(g2, new ModelWithFailingIterator(document(g2, "h2", "乙局"))))
                .hasMessageContaining("simulated failure");
        }
        assertThat(store.isCurrent(g1, "h1")).isFalse();
        assertThat(count("SELECT (COUNT(*) AS ?n) { ?s ?p \"甲局\"@zh }")).isZero();
        try (KnowledgeStore.GraphBatch batch = store.batch()) {
            batch.put(g1, document(g1, "h1", "甲局"));
            batch.put(g2, document(g2, "h2", "乙局"));
            // readers see nothing of a batch before it is committed
            assertThat(java.util.concurrent.CompletableFuture.supplyAsync(() -> store.isCurrent(g1, "h1")).join()).isFalse();
            batch.commit();
        }
        assertThat(store.isCurrent(g1, "h1")).isTrue();
        assertThat(store.isCurrent(g2, "h2")).isTrue();
    }

    /** One small transaction per document leaves copies of blocks behind; compaction drops them and keeps every quad. */
    @Test
    void compactionShrinksTheStoreAndKeepsEveryGraphAndTheTextIndex() {
        for (int i = 0; i < 60; i++) {
            String g = GKG.DOCUMENT_BASE + "doc" + i;
            store.replaceGraph(g, withSentence(g, "h" + i, "某" + i + "局", "某" + i + "局负责统筹推进数字政府建设。"));
        }
        long quads = count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        EmbeddedStore.Compaction c = ((EmbeddedStore) store).compact();
        assertThat(c.bytesAfter()).isLessThan(c.bytesBefore() / 2);
        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")).isEqualTo(quads);
        assertThat(store.isCurrent(GKG.DOCUMENT_BASE + "doc59", "h59")).isTrue();
        assertThat(store.findText(TextMatch.Field.SENTENCES, "数字政府", 100)).hasSize(60);
        store.replaceGraph(GKG.DOCUMENT_BASE + "after", document(GKG.DOCUMENT_BASE + "after", "h", "丙局"));
        store.close();
        store = EmbeddedStore.open(dir.resolve("store"));
        assertThat(store.isCurrent(GKG.DOCUMENT_BASE + "after", "h")).isTrue();
        assertThat(count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")).isGreaterThan(quads);
    }

    /** Between batches of a long ingest the store is compacted only when the disk could not take another batch. */
    @Test
    void aGrownStoreIsCompactedBetweenBatchesOnlyWhenTheDiskIsShort() throws Exception {
        EmbeddedStore embedded = (EmbeddedStore) store;
        for (int i = 0; i < 600 && embedded.sizeOnDisk() < 2 * EmbeddedStore.COMPACT_FROM_BYTES; i++) {
            String g = GKG.DOCUMENT_BASE + "doc" + i;
            store.replaceGraph(g, withSentence(g, "h" + i, "某" + i + "局", "某" + i + "局负责统筹推进数字政府建设。"));
        }
        long size = embedded.sizeOnDisk();
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.getFileStore(dir).getUsableSpace() > 2 * size,
            "the test's disk must have room for twice the store");
        assertThat(size).isGreaterThanOrEqualTo(EmbeddedStore.COMPACT_FROM_BYTES);
        assertThat(embedded.compactIfDiskShort()).isEmpty();
        assertThat(embedded.sizeOnDisk()).isGreaterThanOrEqualTo(size);
        assertThat(embedded.compactIfGrown()).isPresent();
        assertThat(embedded.sizeOnDisk()).isLessThan(size);
    }
}
