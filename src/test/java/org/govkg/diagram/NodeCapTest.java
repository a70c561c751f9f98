package org.govkg.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.govkg.bench.SyntheticGraphs;
import org.govkg.store.EmbeddedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A hub with thousands of entities within three links: the answer comes back with the cap
 * applied, the folded entities counted in "+N more" nodes, and the reader told.
 */
class NodeCapTest {
    static EmbeddedStore store;
    static Diagrams diagrams;

    @BeforeAll
    static void load() {
        store = EmbeddedStore.inMemory();
        SyntheticGraphs.hub(store, 1500, 3);
        diagrams = new Diagrams(store, LayoutEngine.best());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aHubAtDepthThreeIsCappedAndSaysSo() throws Exception {
        DiagramRequest request = new DiagramRequest(DiagramKind.NEIGHBOURHOOD, List.of(SyntheticGraphs.GROUP), 3,
            DiagramRequest.DEFAULT_CAP, Set.of(), Set.of(), "zh");
        long start = System.nanoTime();
        Diagrams.Rendered r = diagrams.render(request, OutputFormat.SVG, "/entity?iri=");
        System.out.printf("hub of 6000 entities, depth 3, cap 60: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        Diagram d = r.diagram();
        assertThat(d.isCapped()).isTrue();
        assertThat(d.shownEntities()).isEqualTo(DiagramRequest.DEFAULT_CAP);
        assertThat(d.totalEntities()).isGreaterThan(1500);
        Svg svg = new Svg(r.bytes());
        assertThat(svg.title()).contains("显示 60 / " + d.totalEntities() + " 个实体");
        int folded = svg.nodes().stream().map(Svg.Node::text).filter(t -> t.startsWith("另有 "))
            .mapToInt(t -> Integer.parseInt(t.replaceAll("\\D", ""))).sum();
        assertThat(folded).isEqualTo(d.totalEntities() - d.shownEntities());
    }

    @Test
    void theRootAndItsClosestNeighboursAreKept() {
        Diagram d = diagrams.build(new DiagramRequest(DiagramKind.NEIGHBOURHOOD, List.of(SyntheticGraphs.GROUP), 2,
            20, Set.of(), Set.of(), "zh"));
        assertThat(d.nodes().get(0).root()).isTrue();
        // Members (one link away) come before their projects (two links away).
        assertThat(d.nodes()).filteredOn(n -> !n.isSummary() && !n.root()).allMatch(n -> n.type() == NodeType.ORGANIZATION);
    }

    @Test
    void belowTheCapNothingIsFolded() {
        Diagram d = diagrams.build(new DiagramRequest(DiagramKind.NEIGHBOURHOOD, List.of("某市第7局"), 1,
            60, Set.of(), Set.of(), "zh"));
        assertThat(d.isCapped()).isFalse();
        assertThat(d.nodes()).noneMatch(Diagram.Node::isSummary);
        assertThat(d.shownEntities()).isEqualTo(5); // the bureau, its group and its three projects
    }
}
