package org.govkg.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.govkg.store.EmbeddedStore;
import org.govkg.store.EntityLookup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each diagram kind drawn from the sample documents, read back from the SVG a user would get. */
class DiagramKindsTest {
    static final String GROUP = "建设“数字红河”领导小组";
    static final String DATA_CENTRE = "华为红河州云计算大数据中心";
    static final String PLAN = "红河州数字政府建设三年行动实施方案(2022-2024年)";
    static EmbeddedStore store;
    static Diagrams diagrams;

    @BeforeAll
    static void load() throws Exception {
        store = SampleStore.open();
        diagrams = new Diagrams(store, LayoutEngine.best());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Svg svg(DiagramRequest request) throws Exception {
        return new Svg(diagrams.render(request, OutputFormat.SVG, "/entity?iri=").bytes());
    }

    @Test
    void groupChartShowsLeadersOfficeWorkingGroupsAndFoundingDocuments() throws Exception {
        Svg svg = svg(DiagramRequest.of(DiagramKind.GROUP, GROUP));
        assertThat(svg.node(GROUP).tooltip()).isEqualTo("领导小组：" + GROUP);
        assertThat(svg.hasNode("州长（双组长）")).isTrue();
        assertThat(svg.hasNode("州委书记（双组长）")).isTrue();
        assertThat(svg.hasNode("常务副州长（常务副组长）")).isTrue();
        assertThat(svg.hasNode("红河州发展和改革委员会")).isTrue();
        assertThat(svg.edges()).extracting(Svg.Edge::label).contains("成立");
        assertThat(svg.nodes()).extracting(Svg.Node::text)
            .contains("数字政府工作组", "数字经济工作组", "数字社会工作组", "数字城市工作组", "网络基础设施工作组")
            .anyMatch(t -> t.contains("关于成立建设“数字红河”领导小组的通知"));
        // The clusters name the parts of the chart.
        String all = new String(diagrams.render(DiagramRequest.of(DiagramKind.GROUP, GROUP), OutputFormat.SVG, "").bytes(), StandardCharsets.UTF_8);
        assertThat(all).contains(">组长<", ">副组长<", ">办公室设在红河州发展和改革委员会<", ">工作组<");
    }

    @Test
    void groupChartReadsTopDownGroupLeadersDeputiesOfficeThenWorkingGroups() throws Exception {
        Svg svg = svg(DiagramRequest.of(DiagramKind.GROUP, GROUP));
        double group = svg.y("建设“数字红河”领导小组");
        double leaders = svg.y("州委书记（双组长）");
        assertThat(svg.y("州长（双组长）")).isEqualTo(leaders);
        double deputies = svg.y("常务副州长（常务副组长）");
        double office = svg.y("红河州发展和改革委员会");
        double working = svg.y("数字政府工作组");
        assertThat(svg.y("网络基础设施工作组")).isEqualTo(working);
        assertThat(group).isLessThan(leaders);
        assertThat(leaders).isLessThan(deputies);
        assertThat(deputies).isLessThan(office);
        assertThat(office).isLessThan(working);
    }

    @Test
    void aQueryResultIsTitledOnce() throws Exception {
        Svg svg = new Svg(new DotWriterRender(diagrams).query("PREFIX gkg: <https://govkg.org/ontology#> CONSTRUCT { ?g gkg:officeIn ?o } WHERE { ?g gkg:officeIn ?o }"));
        assertThat(svg.title()).startsWith("查询结果").doesNotContain("查询结果 · 查询结果");
    }

    /** Draws a query's diagram the way the workbench asks for it. */
    private record DotWriterRender(Diagrams diagrams) {
        byte[] query(String sparql) {
            return diagrams.layout(diagrams.writer("", "zh").write(diagrams.fromQuery(sparql, "zh", 60)), OutputFormat.SVG);
        }
    }

    @Test
    void everyEntityNodeLinksToItsEntityPage() throws Exception {
        Svg svg = svg(DiagramRequest.of(DiagramKind.GROUP, GROUP));
        Svg.Node office = svg.node("红河州发展和改革委员会");
        assertThat(office.href()).startsWith("/entity?iri=");
        String iri = URLDecoder.decode(office.href().substring("/entity?iri=".length()), StandardCharsets.UTF_8);
        assertThat(new EntityLookup(store).find("红河州发展和改革委员会").iri()).isEqualTo(iri);
        assertThat(office.tooltip()).isEqualTo("机构：红河州发展和改革委员会");
    }

    @Test
    void neighbourhoodShowsWhoBuildsTheDataCentre() throws Exception {
        Svg svg = svg(DiagramRequest.of(DiagramKind.NEIGHBOURHOOD, DATA_CENTRE));
        assertThat(svg.nodes()).extracting(Svg.Node::text).contains(DATA_CENTRE, "华为公司", "红河州人民政府");
        assertThat(svg.edges()).extracting(Svg.Edge::label).contains("建设");
        assertThat(svg.title()).contains(DATA_CENTRE).contains("关系网络");
    }

    @Test
    void deeperNeighbourhoodsReachFurther() {
        Diagram one = diagrams.build(DiagramRequest.of(DiagramKind.NEIGHBOURHOOD, DATA_CENTRE));
        Diagram two = diagrams.build(new DiagramRequest(DiagramKind.NEIGHBOURHOOD, List.of(DATA_CENTRE), 2, 60, Set.of(), Set.of(), "zh"));
        assertThat(two.shownEntities()).isGreaterThan(one.shownEntities());
    }

    @Test
    void typeAndLinkFiltersNarrowTheNeighbourhood() {
        Diagram orgsOnly = diagrams.build(new DiagramRequest(DiagramKind.NEIGHBOURHOOD, List.of(DATA_CENTRE), 2, 60,
            Set.of(), Set.of(NodeType.ORGANIZATION), "zh"));
        assertThat(orgsOnly.nodes()).filteredOn(n -> !n.root()).isNotEmpty()
            .allMatch(n -> n.type() == NodeType.ORGANIZATION);
        Diagram buildersOnly = diagrams.build(new DiagramRequest(DiagramKind.NEIGHBOURHOOD, List.of(DATA_CENTRE), 1, 60,
            Set.of("builds"), Set.of(), "zh"));
        assertThat(buildersOnly.edges()).isNotEmpty().allMatch(e -> e.label().equals("建设"));
    }

    @Test
    void planMapShowsProjectsWithTheirLeadAndResponsibleUnitsAndTheIssuer() throws Exception {
        Svg svg = svg(DiagramRequest.of(DiagramKind.PLAN, PLAN));
        assertThat(svg.nodes()).extracting(Svg.Node::text).contains("政务云平台", "电子政务外网", "红河州人民政府办公室");
        assertThat(svg.edges()).extracting(Svg.Edge::label).contains("属于", "牵头单位", "责任单位", "印发");
    }

    @Test
    void documentOverviewShowsWhatTheDocumentStates() throws Exception {
        // The plan's title is also the document's: the document kind picks the document.
        Diagram d = diagrams.build(DiagramRequest.of(DiagramKind.DOCUMENT, PLAN));
        assertThat(d.nodes().get(0).type()).isEqualTo(NodeType.DOCUMENT);
        assertThat(d.nodes()).extracting(Diagram.Node::label).contains("政务云平台", "红河州数据发展中心");
        assertThat(d.edges()).extracting(Diagram.Edge::label).contains("牵头单位", "发布机构");
    }

    @Test
    void pathJoinsTwoEntitiesThroughTheDocumentThatMentionsBoth() throws Exception {
        Svg svg = svg(DiagramRequest.of(DiagramKind.PATH, "华为公司", "红河州数据发展中心"));
        assertThat(svg.nodes()).extracting(Svg.Node::text).contains("华为公司", "红河州数据发展中心");
        assertThat(svg.nodes()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void pathPrefersStatedLinks() {
        Diagram d = diagrams.build(DiagramRequest.of(DiagramKind.PATH, "华为公司", DATA_CENTRE));
        assertThat(d.edges()).extracting(Diagram.Edge::label).containsExactly("建设");
    }

    @Test
    void unknownAndAmbiguousNamesAreReportedNotGuessed() {
        assertThatThrownBy(() -> diagrams.build(DiagramRequest.of(DiagramKind.NEIGHBOURHOOD, "不存在的委员会")))
            .isInstanceOf(EntityLookup.UnknownEntityException.class).hasMessageContaining("不存在的委员会");
        assertThatThrownBy(() -> diagrams.build(DiagramRequest.of(DiagramKind.NEIGHBOURHOOD, PLAN)))
            .isInstanceOfSatisfying(EntityLookup.AmbiguousEntityException.class,
                e -> assertThat(e.candidates()).hasSize(2));
    }

    @Test
    void aGroupChartOfSomethingElseSaysWhatItIs() {
        assertThatThrownBy(() -> diagrams.build(DiagramRequest.of(DiagramKind.GROUP, "华为公司")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a leadership group");
    }

    @Test
    void englishLabelsOnRequest() throws Exception {
        Svg svg = svg(new DiagramRequest(DiagramKind.GROUP, List.of(GROUP), 1, 60, Set.of(), Set.of(), "en"));
        assertThat(new String(diagrams.render(new DiagramRequest(DiagramKind.GROUP, List.of(GROUP), 1, 60, Set.of(), Set.of(), "en"),
            OutputFormat.SVG, "").bytes(), StandardCharsets.UTF_8)).contains("Office, located in 红河州发展和改革委员会");
        assertThat(svg.title()).contains("Leadership group structure");
    }

    @Test
    void aPictureAlreadyLaidOutIsNotLaidOutAgain() {
        LayoutEngine best = LayoutEngine.best();
        java.util.concurrent.atomic.AtomicInteger layouts = new java.util.concurrent.atomic.AtomicInteger();
        LayoutEngine counted = new LayoutEngine() {
            @Override public String name() { return best.name(); }
            @Override public byte[] render(String dot, OutputFormat format) {
                layouts.incrementAndGet();
                return best.render(dot, format);
            }
        };
        Diagrams cached = new Diagrams(store, counted);
        byte[] first = cached.render(DiagramRequest.of(DiagramKind.GROUP, GROUP), OutputFormat.SVG, "").bytes();
        byte[] again = cached.render(DiagramRequest.of(DiagramKind.GROUP, GROUP), OutputFormat.SVG, "").bytes();
        assertThat(again).isEqualTo(first);
        assertThat(layouts.get()).isEqualTo(1);
        cached.render(DiagramRequest.of(DiagramKind.GROUP, GROUP), OutputFormat.PNG, "");
        assertThat(layouts.get()).isEqualTo(2);
    }

    @Test
    void theSameRequestDrawsTheSamePicture() {
        byte[] a = diagrams.render(DiagramRequest.of(DiagramKind.PLAN, PLAN), OutputFormat.SVG, "").bytes();
        byte[] b = diagrams.render(DiagramRequest.of(DiagramKind.PLAN, PLAN), OutputFormat.SVG, "").bytes();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void withoutNativeGraphvizEveryKindStillRendersThroughTheJavascriptEngine() throws Exception {
        Diagrams fallback = new Diagrams(store, new JavascriptGraphviz());
        for (DiagramRequest r : List.of(DiagramRequest.of(DiagramKind.GROUP, GROUP), DiagramRequest.of(DiagramKind.NEIGHBOURHOOD, DATA_CENTRE),
            DiagramRequest.of(DiagramKind.PLAN, PLAN), DiagramRequest.of(DiagramKind.DOCUMENT, PLAN),
            DiagramRequest.of(DiagramKind.PATH, "华为公司", DATA_CENTRE))) {
            Svg svg = new Svg(fallback.render(r, OutputFormat.SVG, "/entity?iri=").bytes());
            assertThat(svg.nodes()).as(r.kind().key()).hasSizeGreaterThan(1);
            assertThat(svg.nodes()).as(r.kind().key()).anyMatch(n -> n.href() != null && n.href().startsWith("/entity?iri="));
        }
        byte[] png = fallback.render(DiagramRequest.of(DiagramKind.GROUP, GROUP), OutputFormat.PNG, "").bytes();
        assertThat(ImageIO.read(new ByteArrayInputStream(png))).isNotNull();
    }

    @Test
    void pngIsAnImageAtReportResolution() throws Exception {
        byte[] png = diagrams.render(DiagramRequest.of(DiagramKind.GROUP, GROUP), OutputFormat.PNG, "").bytes();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isGreaterThan(1200);
    }
}
