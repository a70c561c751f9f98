package org.govkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.SKOS;
import org.govkg.store.EmbeddedStore;
import org.govkg.vocab.GKG;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
    private static final String PREFIXES = "PREFIX gkg: <" + GKG.NS + "> PREFIX skos: <" + SKOS.uri + "> "
        + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> ";
    private final EmbeddedStore store = EmbeddedStore.inMemory();
    private final Ingester ingester = new Ingester(store, new DocumentReader());

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        store.close();
    }

    List<String> column(String sparql, String var) {
        return store.read(c -> {
            List<String> out = new ArrayList<>();
            c.querySelect(PREFIXES + sparql, (QuerySolution r) -> out.add(r.get(var).isLiteral()
                ? r.getLiteral(var).getLexicalForm() : r.get(var).toString()));
            return out;
        });
    }

    @Test
    void officeLocationCanBeTracedToItsSentence() throws Exception {
        ingester.ingest(DocumentReaderTest.fixture("group-notice-utf8.txt"));
        List<String> sentences = column("""
            SELECT ?text { ?a rdf:subject/skos:prefLabel "某某市智慧城市建设领导小组"@zh ;
                              rdf:predicate gkg:officeIn ; rdf:object/skos:prefLabel "某某市大数据局"@zh ;
                              gkg:sentence/gkg:text ?text }""", "text");
        assertThat(sentences).singleElement().asString().contains("领导小组办公室设在市大数据局");
    }

    @Test
    void eachDocumentIsOneNamedGraphNamedAfterItsFile() throws Exception {
        ingester.ingest(DocumentReaderTest.fixture("group-notice-utf8.txt"));
        ingester.ingest(DocumentReaderTest.fixture("notice-gbk.txt"));
        assertThat(column("SELECT DISTINCT ?g { GRAPH ?g { ?g a gkg:Document } }", "g"))
            .containsExactlyInAnyOrder(GKG.DOCUMENT_BASE + "group-notice-utf8.txt", GKG.DOCUMENT_BASE + "notice-gbk.txt");
    }

    @Test
    void unchangedFileIsSkippedAndChangedFileReplacesItsGraph() throws Exception {
        Path f = Files.writeString(dir.resolve("notice.txt"), "某某县人民政府关于成立某某县数据工作领导小组的通知\n领导小组办公室设在县数据局。\n");
        assertThat(ingester.ingest(f).status()).isEqualTo(FileOutcome.Status.INGESTED);
        assertThat(ingester.ingest(f).status()).isEqualTo(FileOutcome.Status.UNCHANGED);
        Files.writeString(f, "某某县人民政府关于成立某某县数据工作领导小组的通知\n领导小组办公室设在县政务服务局。\n");
        assertThat(ingester.ingest(f).status()).isEqualTo(FileOutcome.Status.INGESTED);
        assertThat(column("SELECT ?o { ?g gkg:officeIn/skos:prefLabel ?o }", "o")).containsExactly("某某县政务服务管理局");
    }

    @Test
    void badFilesAreReportedAndTheRestOfTheBatchGoesIn() throws Exception {
        List<Path> batch = List.of(DocumentReaderTest.fixture("empty.txt"), DocumentReaderTest.fixture("group-notice-utf8.txt"),
            DocumentReaderTest.fixture("binary.txt"), dir.resolve("missing.txt"));
        List<FileOutcome> outcomes = ingester.ingest(batch, o -> { });
        assertThat(outcomes).extracting(FileOutcome::status).containsExactly(FileOutcome.Status.FAILED,
            FileOutcome.Status.INGESTED, FileOutcome.Status.FAILED, FileOutcome.Status.FAILED);
        assertThat(outcomes.get(3).message()).startsWith("cannot read");
        assertThat(column("SELECT ?g { GRAPH ?g { ?g a gkg:Document } }", "g")).hasSize(1);
    }

    @Test
    void sampleDocumentsValidateAgainstTheShapes() throws Exception {
        for (Path f : Ingester.expand(List.of(Path.of("data/documents"))))
            assertThat(ingester.ingest(f).violations()).as(f.toString()).isEmpty();
    }

    @Test
    void shaclViolationsAreReportedNotDropped() {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(GKG.ENTITY_BASE + "organization/x", GKG.Organization);
        List<GraphValidator.Violation> v = new GraphValidator().validate(m);
        assertThat(v).extracting(GraphValidator.Violation::message)
            .anyMatch(s -> s.contains("Chinese skos:prefLabel")).anyMatch(s -> s.contains("provenance"));
    }

    @Test
    void folderExpansionTakesTextDocumentsOnly() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve("a.gold.json"), "{}");
        Files.writeString(dir.resolve(".hidden.txt"), "x");
        assertThat(Ingester.expand(List.of(dir))).extracting(p -> p.getFileName().toString()).containsExactly("a.txt");
        Files.writeString(dir.resolve("b.html"), "x");
        assertThat(Ingester.expand(List.of(dir))).extracting(p -> p.getFileName().toString()).containsExactly("a.txt", "b.html");
    }

    private List<String> documents() {
        return column("SELECT ?d WHERE { GRAPH ?d { ?d a gkg:Document } } ORDER BY ?d", "d");
    }

    @Test
    void filesOfOneNameInTwoFoldersAreTwoDocuments() throws Exception {
        String text = Files.readString(DocumentReaderTest.fixture("group-notice-utf8.txt"));
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/x.txt"), text);
        Files.writeString(dir.resolve("b/x.txt"), text + "\n");
        Files.writeString(dir.resolve("a/x.html"), "<html><body><article><p>" + text.replace("\n", "</p><p>") + "</p></article></body></html>");
        List<FileOutcome> outcomes = ingester.ingestDocuments(Ingester.documents(List.of(dir)), o -> { });
        assertThat(outcomes).extracting(FileOutcome::status).containsOnly(FileOutcome.Status.INGESTED);
        assertThat(documents()).containsExactly(GKG.DOCUMENT_BASE + "a/x.html", GKG.DOCUMENT_BASE + "a/x.txt", GKG.DOCUMENT_BASE + "b/x.txt");
    }

    @Test
    void aDocumentKeepsItsIriWhenItsFolderIsIngestedAgain() throws Exception {
        Files.createDirectories(dir.resolve("2024"));
        Files.copy(DocumentReaderTest.fixture("group-notice-utf8.txt"), dir.resolve("2024/通知.txt"));
        ingester.ingestDocuments(Ingester.documents(List.of(dir)), o -> { });
        List<String> first = documents();
        List<FileOutcome> again = ingester.ingestDocuments(Ingester.documents(List.of(dir)), o -> { });
        assertThat(again).extracting(FileOutcome::status).containsExactly(FileOutcome.Status.UNCHANGED);
        assertThat(documents()).isEqualTo(first).hasSize(1);
        assertThat(first.get(0)).startsWith(GKG.DOCUMENT_BASE + "2024/h").doesNotContain("通知");
    }

    /** A folder is written in batches; each document must still be its own whole graph, and a bad file only itself. */
    @Test
    void aFolderIngestStoresEveryDocumentWholeAndReportsEachFile() throws Exception {
        String text = Files.readString(DocumentReaderTest.fixture("group-notice-utf8.txt"));
        Path folder = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < 40; i++)
            Files.writeString(folder.resolve(String.format("n%02d.txt", i)), text + "\n（第" + i + "份）\n");
        Files.write(folder.resolve("n20-broken.txt"), new byte[] {0, 1, 2, (byte) 0xff, 0, 0});
        List<FileOutcome> reported = new ArrayList<>();
        List<FileOutcome> outcomes = ingester.ingestDocuments(Ingester.documents(List.of(folder)), reported::add);
        assertThat(reported).isEqualTo(outcomes).hasSize(41);
        assertThat(outcomes).filteredOn(o -> o.status() == FileOutcome.Status.FAILED).singleElement()
            .satisfies(o -> assertThat(o.file().getFileName().toString()).isEqualTo("n20-broken.txt"));
        for (int i = 0; i < 40; i += 13) {
            Path f = folder.resolve(String.format("n%02d.txt", i));
            long expected = ingester.graphOf(new DocumentReader().read(DocumentFile.under(folder, f))).size();
            assertThat(column("SELECT (COUNT(*) AS ?n) { GRAPH <" + Iris.document(f.getFileName().toString()) + "> { ?s ?p ?o } }", "n"))
                .containsExactly(Long.toString(expected));
        }
        assertThat(ingester.ingestDocuments(Ingester.documents(List.of(folder)), o -> { }))
            .filteredOn(o -> o.status() == FileOutcome.Status.UNCHANGED).hasSize(40);
    }
}
