package org.govkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.govkg.vocab.GKG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store contract on a real Fuseki configured as docs/fuseki/govkg.ttl says (Chinese text
 * index, writes only for an authenticated user), and what is particular to a remote store:
 * credentials, refusals, and the server's text index.
 */
class RemoteStoreOnFusekiTest extends KnowledgeStoreContract {
    @TempDir
    static Path dir;
    static FusekiProcess fuseki;

    @BeforeAll
    static void startFuseki() throws Exception {
        fuseki = FusekiProcess.withTextIndex(dir.resolve("fuseki"));
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
    void usesTheServersTextIndex() {
        store.replaceGraph(GKG.DOCUMENT_BASE + "x", document(GKG.DOCUMENT_BASE + "x", "h", "某市数据资源管理局"));
        assertThat(store.textMethod()).isEqualTo(TextMatch.Method.SERVER_INDEX);
    }

    @Test
    void writingWithoutCredentialsIsRefusedWithAHintAndNothingIsWritten() {
        RemoteStore anonymous = RemoteStore.open(fuseki.url(), Map.of()); // reads need no user, and the ontology is there already
        String g = GKG.DOCUMENT_BASE + "anonymous";
        assertThatThrownBy(() -> anonymous.replaceGraph(g, document(g, "h", "甲局")))
            .isInstanceOf(StoreRefusedException.class)
            .hasMessageContaining("refused writing the graph " + g)
            .hasMessageContaining("HTTP 401")
            .hasMessageContaining(RemoteEndpoints.USER_VARIABLE);
        assertThat(store.isCurrent(g, "h")).isFalse();
    }

    @Test
    void aWrongPasswordIsRefusedAndNeverShown() {
        String password = "wrong-secret-12345";
        String g = GKG.DOCUMENT_BASE + "wrong";
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> RemoteStore.open(fuseki.url(),
            Map.of(RemoteEndpoints.USER_VARIABLE, FusekiProcess.USER, RemoteEndpoints.PASSWORD_VARIABLE, password))
            .replaceGraph(g, document(g, "h", "甲局")));
        // the ontology is already there, so opening writes nothing; the document write is refused
        assertThat(t).isInstanceOf(StoreRefusedException.class).hasMessageContaining("HTTP 401").hasMessageContaining("was not accepted");
        assertThat(t.getMessage()).doesNotContain(password).doesNotContain(FusekiProcess.PASSWORD);
    }

    @Test
    void credentialsInTheUrlAreRefused() {
        assertThatThrownBy(() -> RemoteStore.open("http://govkg:secret@127.0.0.1:1/govkg", Map.of()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(RemoteEndpoints.USER_VARIABLE)
            .hasMessageNotContaining("secret");
    }

    @Test
    void aServerThatDoesNotAnswerIsReportedAfterRetrying() {
        assertThatThrownBy(() -> RemoteStore.open("http://127.0.0.1:1/govkg", Map.of()))
            .isInstanceOf(StoreUnavailableException.class)
            .hasMessageContaining("the store at http://127.0.0.1:1/govkg did not answer after 6 attempts");
    }
}
