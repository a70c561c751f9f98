package org.govkg.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govkg.diagram.Diagram;
import org.govkg.diagram.DiagramKind;
import org.govkg.diagram.DiagramRequest;
import org.govkg.diagram.Diagrams;
import org.govkg.diagram.LayoutEngine;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.Ingester;
import org.govkg.sparql.QueryRunner;
import org.govkg.store.EmbeddedStore;
import org.govkg.store.EntityLookup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample group 红河州政务服务“一网通办”工作领导小组 is set up by one notice (2019) and adjusted by
 * two (2021, 2023); its history, its composition on a date and what each notice changed are read
 * back from the store as the samples state them.
 */
class GroupHistoryTest {
    private static final String GROUP = "红河州政务服务“一网通办”工作领导小组";
    private static EmbeddedStore store;
    private static String groupIri;

    @BeforeAll
    static void load() throws Exception {
        store = EmbeddedStore.inMemory();
        new Ingester(store, new DocumentReader()).ingest(Ingester.expand(List.of(Path.of("data/documents"))), o -> { });
        groupIri = new EntityLookup(store).find(GROUP).iri();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String csv(String sparql) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store).run(sparql, QueryRunner.Format.parse("csv"), out);
        return out.toString(StandardCharsets.UTF_8).replace("\r", "");
    }

    private static String example(String name) throws Exception {
        return csv(Files.readString(Path.of("src/main/resources/queries/examples", name)));
    }

    @Test
    void theTimelineListsTheSettingUpAndBothAdjustmentsInOrder() {
        GroupHistory h = GroupHistory.of(store, groupIri, "zh");
        assertThat(h.steps()).extracting(s -> s.event().date() + " " + s.event().kindLabel())
            .containsExactly("2019-03-15 成立", "2021-05-20 调整", "2023-08-10 调整");
        assertThat(h.steps().get(0).previous()).isNull();
        assertThat(h.steps().get(2).previous().date()).isEqualTo("2021-05-20");
    }

    @Test
    void eachAdjustmentSaysWhatItChangedWithTheSentenceThatSaysSo() {
        List<GroupHistory.Step> steps = GroupHistory.of(store, groupIri, "zh").steps();
        List<String> in2021 = steps.get(1).changes().stream().map(GroupHistoryTest::describe).toList();
        assertThat(in2021).contains(
            "PERSON leader 杨明远 → 黄志勇",
            "PERSON deputyLeader 周慧敏 → 刘海燕",
            "OFFICE - 红河州政务服务管理局 → 红河州发展和改革委员会",
            "MEMBER - 红河州人力资源和社会保障局 removed",
            "MEMBER - 红河州数据发展中心 added",
            "WORKING_GROUP - 数据共享工作组 added");
        // the unchanged parts are not changes
        assertThat(in2021).noneMatch(c -> c.contains("陈立新") || c.contains("红河州财政局"));
        List<String> in2023 = steps.get(2).changes().stream().map(GroupHistoryTest::describe).toList();
        assertThat(in2023).contains("PERSON deputyLeader 陈立新 → 王晓东", "MEMBER - 红河州工业和信息化局 added",
            "WORKING_GROUP - 事项梳理工作组 removed");
        assertThat(in2023).noneMatch(c -> c.startsWith("OFFICE"));
        GroupHistory.Change joined = steps.get(1).changes().stream()
            .filter(c -> c.after() != null && c.after().label().equals("红河州数据发展中心")).findFirst().orElseThrow();
        assertThat(joined.after().sentence()).startsWith("成员单位:").contains("州数据发展中心");
        GroupHistory.Change leader = steps.get(1).changes().stream()
            .filter(c -> c.after() != null && c.after().label().equals("黄志勇")).findFirst().orElseThrow();
        assertThat(leader.after().sentence()).isEqualTo("组长:黄志勇 州长");
        assertThat(leader.before().sentence()).isEqualTo("组长:杨明远 州长");
        GroupHistory.Change office = steps.get(1).changes().stream().filter(c -> c.kind() == GroupHistory.PartKind.OFFICE).findFirst().orElseThrow();
        assertThat(office.after().sentence()).startsWith("领导小组办公室设在州发展改革委");
    }

    private static String describe(GroupHistory.Change c) {
        String role = (c.before() != null ? c.before() : c.after()).role();
        String r = c.kind() + " " + (role == null ? "-" : role) + " ";
        if (c.added()) return r + c.after().label() + " added";
        if (c.removed()) return r + c.before().label() + " removed";
        return r + c.before().label() + " → " + c.after().label();
    }

    @Test
    void theCompositionOnADateIsThatOfTheLatestNoticeOnOrBeforeIt() {
        GroupHistory h = GroupHistory.of(store, groupIri, "zh");
        assertThat(h.inForceOn("2019-03-14")).isEmpty();
        assertThat(h.inForceOn("2019-03-15").orElseThrow().date()).isEqualTo("2019-03-15");
        assertThat(h.inForceOn("2022-01-01").orElseThrow().parts(GroupHistory.PartKind.OFFICE))
            .extracting(GroupHistory.Part::label).containsExactly("红河州发展和改革委员会");
        assertThat(h.latest().orElseThrow().date()).isEqualTo("2023-08-10");
    }

    @Test
    void sparqlAnswersTheCompositionOfAGroupOnADate() throws Exception {
        String rows = example("15-group-composition-on-a-date.rq");
        List<String> ours = rows.lines().filter(l -> l.startsWith(GROUP)).toList();
        assertThat(ours).contains(GROUP + ",2021-05-20,office,红河州发展和改革委员会", GROUP + ",2021-05-20,leader,黄志勇",
            GROUP + ",2021-05-20,member unit,红河州数据发展中心");
        // nothing of the 2019 or 2023 notices on 1 January 2022
        assertThat(ours).allMatch(l -> l.contains(",2021-05-20,"));
        assertThat(ours).noneMatch(l -> l.contains("红河州人力资源和社会保障局") || l.contains("王晓东"));
    }

    @Test
    void sparqlAnswersWhichBodiesJoinedOrLeftAGroupInAYear() throws Exception {
        List<String> rows = example("16-member-units-joined-and-left.rq").lines().skip(1).toList();
        assertThat(rows).containsExactly(
            "2021-05-20," + GROUP + ",joined,红河州数据发展中心",
            "2021-05-20," + GROUP + ",left,红河州人力资源和社会保障局");
    }

    @Test
    void sparqlAnswersWhenAGroupsOfficeMoved() throws Exception {
        List<String> rows = example("17-group-office-moves.rq").lines().filter(l -> l.contains(GROUP)).toList();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).startsWith("2021-05-20," + GROUP + ",红河州政务服务管理局,红河州发展和改革委员会,");
    }

    @Test
    void theChartAsOfADateDrawsThatNoticesCompositionAndTheChangeDiagramMarksWhatChanged() {
        Diagrams diagrams = new Diagrams(store, LayoutEngine.best());
        DiagramRequest base = DiagramRequest.of(DiagramKind.GROUP, groupIri);
        Diagram all = diagrams.build(base);
        Diagram then = diagrams.build(base.asOf("2020-01-01", false));
        assertThat(labels(all)).contains("杨明远", "黄志勇", "红河州人力资源和社会保障局", "红河州工业和信息化局");
        assertThat(labels(then)).contains("杨明远", "红河州人力资源和社会保障局", "红河州政务服务管理局")
            .doesNotContain("黄志勇", "红河州工业和信息化局", "数据共享工作组");
        assertThat(then.subtitle()).contains("2019-03-15");

        Diagram change = diagrams.build(base.asOf("2021-12-31", true));
        assertThat(mark(change, "黄志勇")).isEqualTo(Diagram.Mark.ADDED);
        assertThat(mark(change, "杨明远")).isEqualTo(Diagram.Mark.REMOVED);
        assertThat(mark(change, "红河州人力资源和社会保障局")).isEqualTo(Diagram.Mark.REMOVED);
        assertThat(mark(change, "数据共享工作组")).isEqualTo(Diagram.Mark.ADDED);
        assertThat(mark(change, "红河州财政局")).isNull();
        String dot = diagrams.writer("", "zh").write(change);
        assertThat(dot).contains("＋ 黄志勇").contains("－ 杨明远").contains("本文件新增");
    }

    @Test
    void aMalformedDateOrADateOnAnotherKindIsRefusedWithItsReason() {
        DiagramRequest base = DiagramRequest.of(DiagramKind.GROUP, groupIri);
        assertThatThrownBy(() -> base.asOf("2021-13-01", false)).hasMessageContaining("asOf must be a date");
        assertThatThrownBy(() -> base.asOf(null, true)).hasMessageContaining("give the date");
        assertThatThrownBy(() -> DiagramRequest.of(DiagramKind.NEIGHBOURHOOD, groupIri).asOf("2021-01-01", false))
            .hasMessageContaining("only a group chart");
    }

    private static List<String> labels(Diagram d) {
        return d.nodes().stream().map(Diagram.Node::label).toList();
    }

    private static Diagram.Mark mark(Diagram d, String label) {
        return d.nodes().stream().filter(n -> label.equals(n.label())).findFirst().map(n -> d.mark(n.key())).orElse(null);
    }
}
