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
}
