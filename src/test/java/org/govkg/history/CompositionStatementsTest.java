package org.govkg.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.govkg.ingest.DocumentGraphBuilder;
import org.govkg.ingest.SourceDocument;
import org.govkg.resolve.Curation;
import org.govkg.vocab.GKG;
import org.junit.jupiter.api.Test;

/** What kind of change a document's title makes it, and how an undated one says so (invented notices). */
class CompositionStatementsTest {

    private static List<Resource> events(String name, String text) {
        DocumentGraphBuilder builder = new DocumentGraphBuilder(Curation.NONE);
        Model graph = builder.build(new SourceDocument(Path.of(name), name, text, StandardCharsets.UTF_8, "h")).graph();
        return graph.listSubjectsWithProperty(RDF.type, ORG.ChangeEvent).toList();
    }

    private static final String ROSTER = "组长:张某某 市长\n副组长:李某某 副市长\n成员单位:市发展改革委、市财政局。\n"
        + "领导小组办公室设在市发展改革委。\n";

    @Test
    void aNoticeWhoseTitleSetsTheGroupUpIsItsEstablishmentDatedByTheNotice() {
        List<Resource> ev = events("a.txt", "- 发布日期: 2020-02-03\n某市人民政府办公室关于成立某市数据共享工作领导小组的通知\n"
            + "经研究,决定成立某市数据共享工作领导小组。\n" + ROSTER);
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).getPropertyResourceValue(GKG.changeKind)).isEqualTo(GKG.Established);
        assertThat(ev.get(0).getProperty(DCTerms.date).getString()).isEqualTo("2020-02-03");
        assertThat(ev.get(0).listProperties(GKG.statesMember).toList()).hasSize(2);
        assertThat(ev.get(0).listProperties(GKG.statesPerson).toList()).hasSize(2);
    }

    @Test
    void aTitleThatAbolishesOrRenamesTheGroupSaysSo() {
        List<Resource> abolished = events("b.txt", "- 发布日期: 2024-05-06\n某市人民政府办公室关于撤销某市数据共享工作领导小组的通知\n"
            + "经研究,决定撤销该领导小组,其办公室同时撤销。\n");
        assertThat(abolished).extracting(e -> e.getPropertyResourceValue(GKG.changeKind)).containsExactly(GKG.Abolished);
    }

    @Test
    void aGroupMentionedInPassingIsStatedNotAdjustedAndAnUndatedOneSaysItIsUndated() {
        List<Resource> ev = events("c.txt", "某市数字政府建设工作总结\n某市数据共享工作领导小组办公室设在市发展改革委,统筹推进各项工作。\n");
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).getPropertyResourceValue(GKG.changeKind)).isEqualTo(GKG.Stated);
        assertThat(ev.get(0).hasProperty(DCTerms.date)).isFalse();
        assertThat(ev.get(0).getProperty(GKG.undated).getBoolean()).isTrue();
    }
}
