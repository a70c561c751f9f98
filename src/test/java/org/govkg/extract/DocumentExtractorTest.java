package org.govkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.govkg.extract.model.*;
import org.govkg.vocab.EntityType;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Extraction rules, one row per case: a sentence we wrote in the genre and what it must yield. */
class DocumentExtractorTest {
    private static final DocumentExtractor extractor = new DocumentExtractor();

    private static Extraction extract(String text) {
        return extractor.extract(text);
    }

    /** Names and surface forms of the type's entities. */
    private static List<String> names(Extraction x, EntityType type) {
        return x.mentions().stream().filter(m -> m.entity().type() == type)
            .flatMap(m -> java.util.stream.Stream.of(m.entity().name(), m.surface())).distinct().toList();
    }

    /** Whether the entity is called {@code label} in the text, by its name or a surface form. */
    private static boolean called(Extraction x, EntityRef e, String label) {
        return e.name().equals(label) || x.mentions().stream().anyMatch(m -> m.entity().equals(e) && m.surface().equals(label));
    }

    @ParameterizedTest(name = "{1} {2} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
        某某市人民政府与某某科技有限公司签订《智慧城市战略合作协议》。      | ORGANIZATION     | 某某市人民政府
        某某市人民政府与某某科技有限公司签订《智慧城市战略合作协议》。      | ORGANIZATION     | 某某科技有限公司
        某某市人民政府与某某科技有限公司签订《智慧城市战略合作协议》。      | PLAN             | 智慧城市战略合作协议
        经研究,在市发展改革委设立市数据局。                        | ORGANIZATION     | 市发展改革委
        经研究,在市发展改革委设立市数据局。                        | ORGANIZATION     | 市数据局
        成立了由市委书记、市长任双组长的智慧某某领导小组,办公室设在市政务服务管理局。 | LEADERSHIP_GROUP | 智慧某某领导小组
        成立了由市委书记、市长任双组长的智慧某某领导小组,办公室设在市政务服务管理局。 | ORGANIZATION     | 市政务服务管理局
        重点实施城市大脑、智慧交通平台、数字乡村等项目建设。             | PROJECT          | 智慧交通平台
        重点实施城市大脑、智慧交通平台、数字乡村等项目建设。             | PROJECT          | 数字乡村
        国务院印发了新一代人工智能发展规划。                        | PLAN             | 新一代人工智能发展规划
        国务院印发了新一代人工智能发展规划。                        | ORGANIZATION     | 国务院
        共同建设“某某州政务云数据中心”。                           | PROJECT          | 某某州政务云数据中心
        配合州发展改革委做好考核。                                 | ORGANIZATION     | 州发展改革委
        """)
    void mentionIsFound(String text, EntityType type, String name) {
        assertThat(names(extract(text), type)).contains(name);
    }

    @ParameterizedTest(name = "no {1} {2} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
        各县市、州直有关部门要抓好落实。                           | ORGANIZATION | 州直有关部门
        由省委书记、省长任双组长。                                 | ORGANIZATION | 省委
        共同建设“某某州政务云数据中心”。                           | ORGANIZATION | 某某州政务云数据中心
        各县市党委和人民政府要高度重视。                           | ORGANIZATION | 市党委
        推进数字政府建设。                                        | ORGANIZATION | 数字政府
        """)
    void phraseIsNotAnEntity(String text, EntityType type, String name) {
        assertThat(names(extract(text), type)).doesNotContain(name);
    }

    @ParameterizedTest(name = "{1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
        经研究,在市发展改革委设立市数据局。 | 市数据局 | SUB_ORGANIZATION_OF | 市发展改革委
        某某州人民政府办公室关于做好数据工作的通知。州人民政府印发《某某州数据管理办法》。 | 州人民政府 | JURISDICTION | 某某州
        成立了由市委书记、市长任双组长的智慧某某领导小组,办公室设在市政务服务管理局。 | 智慧某某领导小组 | OFFICE_IN | 市政务服务管理局
        某某市人民政府与某某科技有限公司签订《智慧城市战略合作协议》。 | 某某市人民政府 | PARTNER | 某某科技有限公司
        某某市人民政府与某某科技有限公司签订《智慧城市战略合作协议》。 | 某某科技有限公司 | ISSUED | 智慧城市战略合作协议
        国务院印发了新一代人工智能发展规划。 | 国务院 | ISSUED | 新一代人工智能发展规划
        市工业和信息化局牵头起草了《某某市制造业数字化转型行动计划》。 | 市工业和信息化局 | DRAFTED | 某某市制造业数字化转型行动计划
        某某市人民政府与某某科技有限公司签订协议,共同建设“某某市城市大脑平台”。 | 某某科技有限公司 | BUILDS | 某某市城市大脑平台
        转发《某某省人民政府关于印发某某省数字经济发展规划的通知》。 | 某某省数字经济发展规划 | PART_OF | 某某省人民政府关于印发某某省数字经济发展规划的通知
        转发《某某省人民政府关于印发某某省数字经济发展规划的通知》。 | 某某省人民政府 | ISSUED | 某某省人民政府关于印发某某省数字经济发展规划的通知
        1．建设“某某市城市运行管理平台”。（牵头单位：市数据局；责任单位：市财政局、市公安局） | 某某市城市运行管理平台 | LEAD_UNIT | 市数据局
        1．建设“某某市城市运行管理平台”。（牵头单位：市数据局；责任单位：市财政局、市公安局） | 某某市城市运行管理平台 | RESPONSIBLE_UNIT | 市公安局
        成立智慧某某领导小组,下设综合协调、数据治理两个工作组。 | 智慧某某领导小组 | HAS_WORKING_GROUP | 数据治理工作组
        某某市人民政府办公室关于数据工作的通知。市大数据中心是市经信局所属事业单位。 | 市大数据中心 | SUB_ORGANIZATION_OF | 市经信局
        某某市人民政府办公室关于数据工作的通知。市数据局由市发展改革委管理，其所属的市大数据服务中心负责运维。 | 市大数据服务中心 | SUB_ORGANIZATION_OF | 市数据局
        市经信局牵头，市经信局数字经济处承办。 | 市经信局数字经济处 | SUB_ORGANIZATION_OF | 市经信局
        某某市人民政府办公室关于数据工作的通知。某某市数据先行区由市经信局与某某区人民政府共同推进，某某数据交易所等单位参与建设。 | 某某数据交易所 | BUILDS | 某某市数据先行区
        """)
    void linkIsStated(String text, String subject, Relation relation, String object) {
        Extraction x = extract(text);
        assertThat(x.links()).anyMatch(l -> called(x, l.subject(), subject) && l.relation() == relation && called(x, l.object(), object));
    }

    @Test
    void shortFormsInOneDocumentAreOneBodyWithItsFullName() {
        Extraction x = extract("某某州人民政府办公室关于做好数据工作的通知\n州发展改革委牵头，州发改委配合，某某州发展和改革委员会负责。州委、中共某某州委员会。\n");
        assertThat(x.mentions()).filteredOn(m -> m.surface().contains("发改") || m.surface().contains("发展"))
            .extracting(m -> m.entity().name()).containsOnly("某某州发展和改革委员会");
        assertThat(x.mentions()).filteredOn(m -> m.surface().equals("州委"))
            .extracting(m -> m.entity().name()).containsOnly("中共某某州委员会");
    }

    @Test
    void partyCommitteeDepartmentsAndDivisionsAreBodies() {
        Extraction x = extract("请市委网信办、区委政法委和市经信局数字经济处、市政府督查室落实。");
        assertThat(names(x, EntityType.ORGANIZATION)).contains("市委网信办", "区委政法委", "市经信局数字经济处", "市政府督查室");
    }

    @Test
    void leaderAndDeputyPostsAreTheOfficeHoldersBeforeRen() {
        Extraction x = extract("成立了由市委书记、市长任双组长,常务副市长任常务副组长,相关市领导任副组长的智慧某某领导小组。");
        assertThat(x.posts()).extracting(PostFact::kind, PostFact::title).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(PostFact.Kind.LEADER, "市委书记"),
            org.assertj.core.groups.Tuple.tuple(PostFact.Kind.LEADER, "市长"),
            org.assertj.core.groups.Tuple.tuple(PostFact.Kind.DEPUTY_LEADER, "常务副市长"));
        assertThat(x.posts()).allMatch(p -> p.group().name().equals("智慧某某领导小组"));
    }

    @Test
    void memberCountIsAnInteger() {
        Extraction x = extract("成立了以32家单位为成员的智慧某某领导小组。");
        assertThat(x.memberCounts()).singleElement().extracting(MemberCount::count).isEqualTo(32);
    }

    @Test
    void figureHasValueUnitAndWhatItMeasures() {
        Extraction x = extract("今年新建5G基站1200个。");
        assertThat(x.figures()).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualByComparingTo(new BigDecimal("1200"));
            assertThat(f.unit()).isEqualTo("个");
            assertThat(f.measures()).isEqualTo("5G基站");
        });
    }

    @Test
    void documentNumberAfterATitleBelongsToThatPlan() {
        Extraction x = extract("印发《某某市数据管理办法》(某政发〔2021〕7号)。");
        assertThat(x.attributes()).singleElement().satisfies(a -> {
            assertThat(a.entity().name()).isEqualTo("某某市数据管理办法");
            assertThat(a.value()).isEqualTo("某政发〔2021〕7号");
        });
    }

    @Test
    void mentionOffsetsPointAtTheSurfaceString() {
        String text = "经研究,在市发展改革委设立市数据局。";
        for (Mention m : extract(text).mentions())
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
    }

    @Test
    void relativeNamesAreCompletedWithTheDocumentsJurisdiction() {
        Extraction x = extract("某某市人民政府办公室关于做好数据工作的通知\n请市财政局、市数据局抓好落实。\n");
        assertThat(names(x, EntityType.ORGANIZATION)).contains("某某市财政局", "某某市数据局");
        assertThat(x.mentions()).anyMatch(m -> m.surface().equals("市财政局") && m.entity().name().equals("某某市财政局"));
    }

    @Test
    void rosterLinesGivePeoplePostsAndMemberUnits() {
        Extraction x = extract("""
            某某市数据工作领导小组组成人员如下：
            组　长：张某某　市人民政府市长
            副组长：李　某　市人民政府副市长
            成　员：王某某　市财政局局长
            """);
        assertThat(x.mentions()).filteredOn(m -> m.entity().type() == EntityType.PERSON)
            .extracting(m -> m.entity().name()).containsExactlyInAnyOrder("张某某", "李某", "王某某");
        assertThat(x.posts()).extracting(PostFact::kind, PostFact::title).contains(
            org.assertj.core.groups.Tuple.tuple(PostFact.Kind.LEADER, "市长"),
            org.assertj.core.groups.Tuple.tuple(PostFact.Kind.DEPUTY_LEADER, "副市长"));
        assertThat(x.links()).anyMatch(l -> l.relation() == Relation.MEMBER_UNIT && l.object().name().endsWith("市财政局"));
    }

    @Test
    void shortNameDefinedInBracketsStandsForTheEntity() {
        Extraction x = extract("成立某某市数据工作领导小组（以下简称领导小组）。领导小组办公室设在市数据局。");
        assertThat(x.links()).anyMatch(l -> l.relation() == Relation.OFFICE_IN && l.subject().name().equals("某某市数据工作领导小组"));
    }

    @Test
    void workingGroupsListedWithRespectiveLeadsAreLinkedInOrder() {
        Extraction x = extract("成立某某市数据工作领导小组，下设数据治理、数字应用2个专项工作组，分别由市数据局、市财政局牵头负责。");
        assertThat(x.links()).anyMatch(l -> l.relation() == Relation.LEAD_UNIT
            && l.subject().name().equals("数字应用专项工作组") && l.object().name().endsWith("市财政局"));
    }

    @Test
    void everyPrefixOfEverySampleDocumentExtractsWithoutError() throws Exception {
        for (java.nio.file.Path f : org.govkg.ingest.Ingester.expand(List.of(java.nio.file.Path.of("data/documents")))) {
            String text = java.nio.file.Files.readString(f);
            for (int end = 0; end <= text.length(); end += 7) {
                Extraction x = extract(text.substring(0, end));
                for (Mention m : x.mentions())
                    assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
            }
        }
    }

    @Test
    void traditionalCharactersAreMatchedAndQuotedAsWritten() {
        String text = "某某州人民政府辦公室關於成立某某州數字政府建設領導小組的通知\n領導小組辦公室設在州發展改革委。\n";
        Extraction x = extract(text);
        assertThat(x.links()).anyMatch(l -> l.relation() == Relation.OFFICE_IN
            && l.subject().name().equals("某某州数字政府建设领导小组") && l.object().name().equals("某某州发展和改革委员会"));
        assertThat(x.mentions()).anyMatch(m -> m.surface().equals("州發展改革委"));
        assertThat(x.text()).isEqualTo(text);
        assertThat(x.sentences().get(1).text()).isEqualTo("領導小組辦公室設在州發展改革委。");
    }

    @Test
    void fullWidthDigitsCountAsDigits() {
        Extraction x = extract("今年新建5G基站１２００个。");
        assertThat(x.figures()).singleElement().satisfies(f -> assertThat(f.value()).isEqualByComparingTo(new BigDecimal("1200")));
    }

    @Test
    void agreementTakesTheDateItWasSigned() {
        Extraction x = extract("2019年10月23日，某某州人民政府与某某科技有限公司签订《云服务战略合作协议》。");
        assertThat(x.attributes()).anyMatch(a -> a.kind() == Attribute.Kind.SIGNED_DATE
            && a.entity().name().equals("云服务战略合作协议") && a.value().equals("2019-10-23"));
    }

    @Test
    void departmentStemsInAListOfPostsAreTheJurisdictionsBodies() {
        Extraction x = extract("某某州人民政府办公室关于调整工作专班的通知\n发展改革、教育体育、住房城乡建设、数据发展中心主要领导为副主任。\n");
        assertThat(x.mentions()).filteredOn(m -> m.entity().type() == EntityType.ORGANIZATION).extracting(m -> m.entity().name())
            .contains("某某州发展和改革委员会", "某某州教育体育局", "某某州住房和城乡建设局", "某某州数据发展中心");
    }
}
