package org.govkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.govkg.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** {@code serve --watch}: a document dropped into the folder is in the store a few seconds later. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "govkg.store=memory", "govkg.data=data", "govkg.watch=target/inbox-test"})
class InboxWatcherTest {
    @Autowired
    KnowledgeStore store;

    private boolean has(String label) {
        return store.read(c -> c.queryAsk("ASK { ?x <http://www.w3.org/2004/02/skos/core#prefLabel> \"" + label + "\"@zh }"));
    }

    @Test
    void aDocumentDroppedIntoTheInboxIsIngested() throws Exception {
        Path inbox = Files.createDirectories(Path.of("target/inbox-test/week-49"));
        Files.writeString(inbox.resolve("notice.txt"), "某某市人民政府办公室关于成立某某市一网通办工作领导小组的通知\n"
            + "领导小组办公室设在某某市政务服务管理局。\n");
        // the watcher looks every 2 s and ingests a file once it has stopped changing: wait for that, at most 30 s
        long deadline = System.currentTimeMillis() + 30_000;
        while (!has("某某市一网通办工作领导小组") && System.currentTimeMillis() < deadline)
            Thread.sleep(100); // polling for the outcome, as Awaitility would
        assertThat(has("某某市一网通办工作领导小组")).isTrue();
        boolean named = store.read(c -> c.queryAsk("ASK { GRAPH <" + org.govkg.vocab.GKG.DOCUMENT_BASE + "week-49/notice.txt> { ?s ?p ?o } }"));
        assertThat(named).isTrue();
    }
}
