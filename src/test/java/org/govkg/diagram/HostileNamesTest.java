package org.govkg.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.govkg.bench.SyntheticGraphs;
import org.govkg.store.EmbeddedStore;
import org.govkg.vocab.GKG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Names that try to break out of DOT strings or inject markup into the SVG come out as the
 * literal text they are, and the DOT and SVG stay valid.
 */
class HostileNamesTest {
    static final List<String> NAMES = List.of(
        "红河州\\\"] injected [label=PWNED shape=star] //",
        "<script>alert(1)</script>发改委",
        "A&B \"联合\" 委员会 &amp; 分会",
        "路径\\N\\G\\n反斜杠\\",
        "换行\n的\r名称\t机构",
        "x\" URL=\"javascript:alert(1)");
    static EmbeddedStore store;
    static Diagrams diagrams;

    @BeforeAll
    static void load() {
        store = EmbeddedStore.inMemory();
        Model m = ModelFactory.createDefaultModel();
        Resource group = SyntheticGraphs.entity(m, "group", "g", GKG.LeadershipGroup, "测试领导小组");
        for (int i = 0; i < NAMES.size(); i++)
            group.addProperty(GKG.memberUnit, SyntheticGraphs.entity(m, "organization", "h" + i, GKG.Organization, NAMES.get(i)));
        store.replaceGraph(GKG.DOCUMENT_BASE + "hostile", m);
        diagrams = new Diagrams(store, LayoutEngine.best());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void namesAreDrawnAsTheirLiteralText() throws Exception {
        Svg svg = new Svg(diagrams.render(DiagramRequest.of(DiagramKind.NEIGHBOURHOOD, "测试领导小组"), OutputFormat.SVG, "/entity?iri=").bytes());
        List<String> tooltips = svg.nodes().stream().map(Svg.Node::tooltip).toList();
        for (String name : NAMES) {
            // Controls become spaces; in tooltips a backslash is shown as ＼ (Graphviz would expand \\N there).
            String shown = name.replaceAll("[\\n\\r\\t]", " ").replace('\\', '＼');
            assertThat(tooltips).as("tooltip of %s", name).contains("机构：" + shown);
        }
        assertThat(svg.nodes()).noneMatch(n -> n.text().contains("PWNED") && !n.text().contains("injected"));
        // One node per entity, plus the legend: nothing was injected.
        assertThat(svg.nodes()).hasSize(NAMES.size() + 2);
    }

    @Test
    void noScriptOrJavascriptLinkReachesTheSvg() {
        String svg = new String(diagrams.render(DiagramRequest.of(DiagramKind.NEIGHBOURHOOD, "测试领导小组"), OutputFormat.SVG, "/entity?iri=").bytes(), StandardCharsets.UTF_8);
        assertThat(svg).doesNotContain("<script").doesNotContain("href=\"javascript:");
        assertThat(svg).contains("&lt;script&gt;");
    }

    @Test
    void dotKeepsEveryNameInsideAString() {
        String dot = diagrams.render(DiagramRequest.of(DiagramKind.NEIGHBOURHOOD, "测试领导小组"), OutputFormat.DOT, "").dot();
        // Generated IDs only: no statement starts with a name.
        assertThat(dot.lines().filter(l -> l.startsWith("  ") && !l.startsWith("    ")))
            .allMatch(l -> l.matches("  (n\\d+|legend|graph|node|edge|subgraph|})\\b.*"));
        assertThat(dot).doesNotContain("换行\n").contains("换行 的 名称 机构");
    }

    @Test
    void manyMembersAreDrawnAsOneListWhoseCellsAreEscapedLinks() throws Exception {
        Model m = ModelFactory.createDefaultModel();
        Resource group = SyntheticGraphs.entity(m, "group", "big", GKG.LeadershipGroup, "大型领导小组");
        for (int i = 0; i < 20; i++)
            group.addProperty(GKG.memberUnit, SyntheticGraphs.entity(m, "organization", "m" + i, GKG.Organization,
                i == 0 ? "<b>&\"成员\"</b>" : "成员单位" + i));
        store.replaceGraph(GKG.DOCUMENT_BASE + "big", m);
        Svg svg = new Svg(diagrams.render(DiagramRequest.of(DiagramKind.GROUP, "大型领导小组"), OutputFormat.SVG, "/entity?iri=").bytes());
        String xml = new String(diagrams.render(DiagramRequest.of(DiagramKind.GROUP, "大型领导小组"), OutputFormat.SVG, "/entity?iri=").bytes(), StandardCharsets.UTF_8);
        assertThat(xml).contains("成员单位（20 家）").contains("&lt;b&gt;&amp;");
        assertThat(svg.nodes().stream().filter(n -> n.text().contains("成员单位（20 家）"))).hasSize(1);
    }

    @Test
    void aLongMemberListIsCappedAndSaysHowManyItShows() throws Exception {
        Model m = ModelFactory.createDefaultModel();
        Resource group = SyntheticGraphs.entity(m, "group", "huge", GKG.LeadershipGroup, "超大领导小组");
        for (int i = 0; i < 75; i++)
            group.addProperty(GKG.memberUnit, SyntheticGraphs.entity(m, "organization", "h" + i, GKG.Organization, String.format("成员局%02d", i)));
        store.replaceGraph(GKG.DOCUMENT_BASE + "huge", m);
        String xml = new String(diagrams.render(DiagramRequest.of(DiagramKind.GROUP, "超大领导小组"), OutputFormat.SVG, "/entity?iri=").bytes(),
            StandardCharsets.UTF_8);
        assertThat(xml).contains("成员单位（显示 " + GroupChartBuilder.MEMBER_LIST_CAP + " / 共 75 家）").contains("成员局00").doesNotContain("成员局74");
    }
}
