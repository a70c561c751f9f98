package org.govkg.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.FileOutcome;
import org.govkg.ingest.Ingester;
import org.govkg.store.EmbeddedStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curation file forces merges, splits and labels, on every ingest and after a re-ingest. */
class CurationTest {
    private static final String PREFIXES = "PREFIX gkg: <https://govkg.org/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ";
    private static final String DOC = "某某州人民政府办公室关于做好项目储备的通知\n州发展改革委牵头，州发改委配合，州科技局参加。\n";
    private final EmbeddedStore store = EmbeddedStore.inMemory();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        store.close();
    }

    private Path document() throws IOException {
        return Files.writeString(dir.resolve("notice.txt"), DOC);
    }

    private FileOutcome ingest(String curation) throws IOException {
        Path file = Files.writeString(dir.resolve("curation.tsv"), curation);
        return new Ingester(store, new DocumentReader(), Curation.read(file)).ingest(document());
    }

    private List<String> labels(String surface) {
        return store.read(c -> {
            List<String> out = new ArrayList<>();
            c.querySelect(PREFIXES + "SELECT ?n { ?m gkg:mentionOf/skos:prefLabel ?n ; gkg:start ?a ; gkg:end ?b ; gkg:sentence ?s ."
                    + " ?s gkg:text ?t ; gkg:start ?f FILTER(STR(SUBSTR(?t, ?a - ?f + 1, ?b - ?a)) = \"" + surface + "\") }",
                r -> out.add(r.getLiteral("n").getLexicalForm()));
            return out;
        });
    }

    @Test
    void splitKeepsASurfaceAsItsOwnEntity() throws Exception {
        ingest("split\tOrganization\t州发改委\n");
        assertThat(labels("州发展改革委")).containsOnly("某某州发展和改革委员会");
        assertThat(labels("州发改委")).containsOnly("州发改委");
    }

    @Test
    void mergeMovesMentionsToTheTarget() throws Exception {
        ingest("merge\tOrganization\t某某州科学技术局\t某某州科学技术和信息化局\n");
        assertThat(labels("州科技局")).containsOnly("某某州科学技术和信息化局");
    }

    @Test
    void labelChangesTheShownNameNotTheEntity() throws Exception {
        ingest("label\tOrganization\t某某州发展和改革委员会\t某某州发改委（全称待核）\n");
        assertThat(labels("州发展改革委")).containsOnly("某某州发改委（全称待核）");
    }

    @Test
    void changedCurationReachesAnUnchangedDocument() throws Exception {
        assertThat(ingest("").status()).isEqualTo(FileOutcome.Status.INGESTED);
        assertThat(ingest("").status()).isEqualTo(FileOutcome.Status.UNCHANGED);
        assertThat(ingest("split\tOrganization\t州发改委\n").status()).isEqualTo(FileOutcome.Status.INGESTED);
        assertThat(labels("州发改委")).containsOnly("州发改委");
    }

    @Test
    void malformedCurationLineIsAnErrorWithItsLine() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.tsv"), "# comment\nmerge\tOrganization\tonly-one-name\n");
        assertThatThrownBy(() -> Curation.read(file)).hasMessageContaining("bad.tsv:2").hasMessageContaining("takes 3");
    }
}
