package org.govkg.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.govkg.store.EmbeddedStore;
import org.govkg.vocab.GKG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the samples, a county-level city's project leads up through its city's scheme and the
 * prefecture's plan to the province's plan and the national guideline; from the national
 * guideline down, the plans that implement it and the projects they name with their lead units.
 */
class LineageDiagramTest {
    private static EmbeddedStore store;
    private static Diagrams diagrams;

    @BeforeAll
    static void load() throws Exception {
        store = SampleStore.open();
        diagrams = new Diagrams(store, LayoutEngine.best());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> labels(Diagram d) {
        return d.nodes().stream().map(Diagram.Node::label).toList();
    }

    private static boolean edge(Diagram d, String from, String predicate, String to) {
        return d.edges().stream().anyMatch(e -> e.predicate().equals(predicate) && d.node(e.from()).label().equals(from)
            && d.node(e.to()).label().equals(to));
    }

    @Test
    void aCountyProjectLeadsUpToTheNationalPlanItServes() {
        Diagram d = diagrams.build(DiagramRequest.of(DiagramKind.LINEAGE, "蒙自市政务服务自助终端网络"));
        assertThat(edge(d, "蒙自市政务服务自助终端网络", GKG.partOf.getURI(), "蒙自市数字政府建设实施方案(2023-2025年)")).isTrue();
        assertThat(edge(d, "蒙自市数字政府建设实施方案(2023-2025年)", GKG.implementsPlan.getURI(), "红河州数字政府建设三年行动实施方案(2022-2024年)")).isTrue();
        assertThat(edge(d, "红河州数字政府建设三年行动实施方案(2022-2024年)", GKG.implementsPlan.getURI(), "云南省数字政府建设总体方案")).isTrue();
        assertThat(edge(d, "云南省数字政府建设总体方案", GKG.implementsPlan.getURI(), "国务院关于加强数字政府建设的指导意见")).isTrue();
        assertThat(edge(d, "蒙自市数字政府建设实施方案(2023-2025年)", GKG.basedOn.getURI(), "云南省数字政府建设总体方案")).isTrue();
        assertThat(labels(d)).contains("蒙自市政务服务管理局").doesNotContain("蒙自市城市运行管理平台");
        String dot = diagrams.writer("", "zh").write(d);
        assertThat(dot).contains("rankdir=BT").contains("贯彻落实").contains("依据");
    }

    @Test
    void fromTheNationalPlanDownAreThePlansThatImplementItAndTheProjectsTheyName() {
        Diagram d = diagrams.build(DiagramRequest.of(DiagramKind.LINEAGE, "国务院关于加强数字政府建设的指导意见"));
        assertThat(labels(d)).contains("云南省数字政府建设总体方案", "红河州数字政府建设三年行动实施方案(2022-2024年)",
            "蒙自市数字政府建设实施方案(2023-2025年)", "蒙自市城市运行管理平台", "全省一体化政务服务平台");
        assertThat(edge(d, "蒙自市城市运行管理平台", GKG.leadUnit.getURI(), "蒙自市发展和改革局")).isTrue();
    }

    @Test
    void anEntityThatIsNeitherAPlanNorAProjectIsRefusedWithTheReason() {
        assertThatThrownBy(() -> diagrams.build(DiagramRequest.of(DiagramKind.LINEAGE, "红河州数据发展中心")))
            .hasMessageContaining("not a plan or project");
    }
}
