package org.govkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.govkg.vocab.GKG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a bare Fuseki TDB2 dataset, which has no text index: search takes the slower SPARQL route. */
class RemoteStoreWithoutTextIndexTest extends KnowledgeStoreContract {
    @TempDir
    static Path dir;
    static FusekiProcess fuseki;

    @BeforeAll
    static void startFuseki() throws Exception {
        fuseki = FusekiProcess.plain(dir.resolve("fuseki"));
    }

    @AfterAll
    static void stopFuseki() throws Exception {
        fuseki.close();
    }

    @Override
    protected KnowledgeStore create() {
        return fuseki.emptiedStore(); // each test starts from an empty store, as the embedded ones do
    }

    @Test
    void detectsThatTheServerHasNoTextIndex() {
        store.replaceGraph(GKG.DOCUMENT_BASE + "x", document(GKG.DOCUMENT_BASE + "x", "h", "某市数据资源管理局"));
        assertThat(store.textMethod()).isEqualTo(TextMatch.Method.SCAN);
        // characters in order, as abbreviations are formed
        assertThat(store.findText(TextMatch.Field.NAMES, "数据局", 10)).extracting(TextMatch::text).containsExactly("某市数据资源管理局");
    }
}
