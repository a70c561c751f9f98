package org.govkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

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
}
