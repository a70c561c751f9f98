package org.govkg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.io.file.PathUtils;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.Ingester;
import org.govkg.store.EmbeddedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full-text index answers what the graph holds, no more and no less: after a document
 * changes or goes away, neither search nor {@code text:query} returns stale or duplicate hits.
 */
class FullTextIndexTest {
    @TempDir
    Path dir;

    static List<String> textQuery(EmbeddedStore store, String field, String q) {
        return store.read(conn -> {
            List<String> out = new ArrayList<>();
            conn.querySelect("PREFIX text: <http://jena.apache.org/text#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "PREFIX gkg: <https://govkg.org/ontology#> SELECT ?lit { (?s ?score ?lit) text:query (" + field + " \"" + q + "\" 100) }",
                row -> out.add(row.getLiteral("lit").getLexicalForm()));
            return out;
        });
    }

    Path write(String name, String text) throws Exception {
        Path f = dir.resolve("docs").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    static final String V1 = "关于成立某市智慧城市建设领导小组的通知\n- 发布机构: 某市人民政府办公室\n- 发布日期: 2023-01-05\n"
        + "经研究，决定成立某市智慧城市建设领导小组，领导小组办公室设在某市大数据管理局。\n";
    static final String V2 = "关于成立某市数字乡村建设领导小组的通知\n- 发布机构: 某市人民政府办公室\n- 发布日期: 2023-01-05\n"
        + "经研究，决定成立某市数字乡村建设领导小组，领导小组办公室设在某市农业农村局。\n";

    @Test
    void searchFindsEntitiesByNameAndSentence() throws Exception {
        try (EmbeddedStore store = EmbeddedStore.inMemory()) {
            new Ingester(store, new DocumentReader()).ingest(write("notice.txt", V1));
            EntitySearch search = new EntitySearch(store);
            assertThat(search.search("智慧城市", null, 10)).extracting(EntitySearch.Hit::label).contains("某市智慧城市建设领导小组");
            // Characters in order, as abbreviations are formed: 大数据局 → 某市大数据管理局.
            assertThat(search.search("大数据局", null, 10)).extracting(EntitySearch.Hit::label).first().isEqualTo("某市大数据管理局");
            EntitySearch.Hit group = search.search("智慧城市建设领导小组", null, 10).get(0);
            assertThat(group.sentence()).contains("办公室设在");
            assertThat(textQuery(store, "gkg:text", "智慧城市")).anyMatch(s -> s.contains("决定成立某市智慧城市建设领导小组"));
        }
    }

    @Test
    void reingestingAChangedDocumentLeavesNoStaleOrDuplicateHits() throws Exception {
        try (EmbeddedStore store = EmbeddedStore.inMemory()) {
            Ingester ingester = new Ingester(store, new DocumentReader());
            Path f = write("notice.txt", V1);
            ingester.ingest(f);
            ingester.ingest(f); // unchanged: skipped, still one set of entries
            assertThat(textQuery(store, "skos:prefLabel", "智慧城市")).containsOnlyOnce("某市智慧城市建设领导小组");
            Files.writeString(f, V2);
            ingester.ingest(f);
            assertThat(textQuery(store, "skos:prefLabel", "智慧城市")).isEmpty();
            assertThat(textQuery(store, "gkg:text", "智慧城市")).isEmpty();
            assertThat(new EntitySearch(store).search("智慧城市", null, 10)).isEmpty();
            assertThat(textQuery(store, "skos:prefLabel", "数字乡村")).containsOnlyOnce("某市数字乡村建设领导小组");
        }
    }

    @Test
    void aRemovedDocumentLeavesNoHits() throws Exception {
        try (EmbeddedStore store = EmbeddedStore.inMemory()) {
            new Ingester(store, new DocumentReader()).ingest(write("notice.txt", V1));
            assertThat(new EntitySearch(store).search("智慧城市", null, 10)).isNotEmpty();
            store.removeGraph("https://govkg.org/doc/notice.txt");
            assertThat(textQuery(store, "skos:prefLabel", "智慧城市")).isEmpty();
            assertThat(new EntitySearch(store).search("智慧城市", null, 10)).isEmpty();
        }
    }

    @Test
    void sparqlUpdatesKeepTheIndexExactToo() throws Exception {
        try (EmbeddedStore store = EmbeddedStore.inMemory()) {
            new Ingester(store, new DocumentReader()).ingest(write("notice.txt", V1));
            String g = "<https://govkg.org/doc/notice.txt>";
            update(store, "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> INSERT DATA { GRAPH " + g
                + " { <https://govkg.org/id/organization/x> skos:prefLabel \"某市智慧交通中心\"@zh } }");
            assertThat(textQuery(store, "skos:prefLabel", "智慧交通")).containsOnlyOnce("某市智慧交通中心");
            update(store, "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> DELETE WHERE { GRAPH " + g
                + " { <https://govkg.org/id/organization/x> skos:prefLabel ?l } }");
            assertThat(textQuery(store, "skos:prefLabel", "智慧交通")).doesNotContain("某市智慧交通中心");
            assertThat(textQuery(store, "skos:prefLabel", "智慧城市")).containsOnlyOnce("某市智慧城市建设领导小组");
            update(store, "DROP GRAPH " + g);
            assertThat(textQuery(store, "skos:prefLabel", "智慧城市")).isEmpty();
        }
    }

    static void update(EmbeddedStore store, String update) {
        org.apache.jena.system.Txn.executeWrite(store.datasetGraph(),
            () -> org.apache.jena.update.UpdateAction.parseExecute(update, store.datasetGraph()));
    }

    @Test
    void aLostIndexIsRebuiltWhenTheStoreOpens() throws Exception {
        Path storeDir = dir.resolve("store");
        try (EmbeddedStore store = EmbeddedStore.open(storeDir)) {
            new Ingester(store, new DocumentReader()).ingest(write("notice.txt", V1));
        }
        PathUtils.deleteDirectory(storeDir.resolve("text-index"));
        try (EmbeddedStore store = EmbeddedStore.open(storeDir)) {
            assertThat(textQuery(store, "skos:prefLabel", "智慧城市")).containsOnlyOnce("某市智慧城市建设领导小组");
        }
    }

    @Test
    void luceneSyntaxInAQueryIsSearchedForLiterally() throws Exception {
        try (EmbeddedStore store = EmbeddedStore.inMemory()) {
            new Ingester(store, new DocumentReader()).ingest(write("notice.txt", V1));
            assertThat(new EntitySearch(store).search("智慧城市 AND (\"*", null, 10)).isNotNull();
            assertThat(new EntitySearch(store).search("   ", null, 10)).isEmpty();
        }
    }
}
