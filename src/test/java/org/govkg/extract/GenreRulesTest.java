package org.govkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.govkg.extract.model.EntityRef;
import org.govkg.extract.model.Extraction;
import org.govkg.extract.model.Relation;
import org.govkg.vocab.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of government writing added for published pages (people, prose member lists, furniture,
 * jurisdiction from a document number …), one invented case each.
 */
class GenreRulesTest {
    private static final DocumentExtractor extractor = new DocumentExtractor();

    private static List<String> people(Extraction x) {
        return x.mentions().stream().filter(m -> m.entity().type() == EntityType.PERSON).map(m -> m.entity().name()).distinct().toList();
    }

    private static boolean linked(Extraction x, String subject, Relation r, String object) {
        return x.links().stream().anyMatch(l -> l.relation() == r && named(x, l.subject(), subject) && named(x, l.object(), object));
    }

    private static boolean named(Extraction x, EntityRef e, String label) {
        return e.name().equals(label) || x.mentions().stream().anyMatch(m -> m.entity().equals(e) && m.surface().equals(label));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
        某某市人民政府决定，副市长王某某任组长。                     | 王某某
        某某市财政局副局长赵某某介绍，全年完成目标。                 | 赵某某
        自治区领导钱某某、孙某某参加。                              | 孙某某
        建议人：周某某                                            | 周某某
        会后邀请蒋伟明委员进行了座谈。                              | 蒋伟明
        自治区主席张雨明在某地会见了客人。                          | 张雨明
        成员还包括某某市发展改革委副巡视员裘文明。                   | 裘文明
        """)
    void personIsFoundWhereTheGenrePutsNames(String text, String person) {
        assertThat(people(extractor.extract(text))).contains(person);
    }

    @ParameterizedTest(name = "{0} counts {1}")
    @CsvSource(delimiter = '|', textBlock = """
        领导小组由副市长任组长，30家单位为成员。           | 单位
        领导小组办公室设在市发展改革委，成员单位共42家。     | 成员单位
        今年为15个区县部门提供服务。                     | 区县部门
        平台可用率保持在99.5%以上。                     | 可用率
        新建5G基站1200个。                             | 5G基站
        """)
    void figureCountsTheNounNotTheVerbOrQuantifierAroundIt(String text, String measures) {
        assertThat(extractor.extract(text).figures()).extracting(f -> f.measures()).contains(measures);
    }

    @ParameterizedTest(name = "no person in {0}")
    @CsvSource(delimiter = '|', textBlock = """
        要加强领导方面，确保落实。
        由市委书记任组长。
        """)
    void commonWordsAfterATitleAreNoPeople(String text) {
        assertThat(people(extractor.extract(text))).isEmpty();
    }

    @Test
    void rosterNamesGluedToTheirTitlesAreReadAcrossBlankLines() {
        Extraction x = extractor.extract("某某市推进数据工作领导小组\n组长：王某某常务副市长\n\n副组长：李某某、张某某\n\n成员：赵某某市财政局副局长\n\n"
            + "孙某某市教育局副局长\n\n二、主要职责\n");
        assertThat(people(x)).contains("王某某", "李某某", "张某某", "赵某某", "孙某某");
        assertThat(linked(x, "某某市推进数据工作领导小组", Relation.LEADER, "王某某")).isTrue();
        assertThat(linked(x, "某某市推进数据工作领导小组", Relation.DEPUTY_LEADER, "张某某")).isTrue();
        assertThat(linked(x, "孙某某", Relation.MEMBER_OF, "市教育局")).isTrue();
        assertThat(x.mentions()).noneMatch(m -> m.surface().startsWith("赵某某市"));
    }

    @Test
    void aBodyATitleAndAPersonStateMembership() {
        Extraction x = extractor.extract("某某市数据局党组书记、局长钱某某出席会议。");
        assertThat(linked(x, "钱某某", Relation.MEMBER_OF, "某某市数据局")).isTrue();
    }

    @Test
    void membersListedInProseAreMemberUnits() {
        Extraction x = extractor.extract("成立某某市数据工作领导小组。领导小组成员还包括某某市财政局、某某市教育局等单位。");
        assertThat(linked(x, "某某市数据工作领导小组", Relation.MEMBER_UNIT, "某某市教育局")).isTrue();
    }

    @Test
    void aProvincesDocumentNumberGivesTheJurisdiction() {
        Extraction x = extractor.extract("关于成立某某工作协调小组的通知\n鄂政办函〔2024〕1号\n省人民政府办公厅负责。\n");
        assertThat(x.mentions()).filteredOn(m -> m.surface().equals("省人民政府办公厅"))
            .extracting(m -> m.entity().name()).containsOnly("湖北省人民政府办公厅");
    }

    @Test
    void wordsGluedBeforeAKnownPlaceAreNoPartOfIt() {
        Extraction x = extractor.extract("参加单位包括湖北省财政厅等。");
        assertThat(x.mentions()).filteredOn(m -> m.entity().type() == EntityType.ORGANIZATION)
            .extracting(m -> m.entity().name()).contains("湖北省财政厅").noneMatch(n -> n.startsWith("包括"));
    }

    @Test
    void aPublishersOwnUnitsAreItsDivisions() {
        Extraction x = extractor.extract("某某市数据局关于调整工作领导小组的通知\n局办公室负责协调，局法规处负责审查。\n某某市数据局\n");
        assertThat(linked(x, "某某市数据局法规处", Relation.SUB_ORGANIZATION_OF, "某某市数据局")).isTrue();
    }

    /** 局属各单位 and 机关各处(室) name every unit of a kind; 新区 of 新区分局 is a zone's kind, not a place. */
    @Test
    void collectivesAreNoBodiesAndAZoneWordAloneIsNoRegion() {
        Extraction x = extractor.extract("某某市数据局关于调整工作领导小组的通知\n成员单位：机关各处(室)、局属各单位、新区分局\n"
            + "局机关各处(室)、局属各单位按职责负责。\n某某市数据局\n");
        assertThat(x.mentions()).extracting(m -> m.entity().name())
            .noneMatch(n -> n.contains("各处") || n.contains("各单位")).doesNotContain("新区");
    }

    /** A development zone's name is longer than a place's: the body keeps all of it. */
    @Test
    void aDevelopmentZonesBodyKeepsTheZonesWholeName() {
        Extraction x = extractor.extract("某某市规划\n各镇人民政府，某某高新区、某某经济开发区管委会按职责分工负责。\n");
        assertThat(x.mentions()).filteredOn(m -> m.entity().type() == org.govkg.vocab.EntityType.ORGANIZATION)
            .extracting(m -> m.entity().name()).contains("某某经济开发区管委会").doesNotContain("经济开发区管委会");
    }

    @Test
    void furnitureIsNoTitleAndSpreadKeysAreMetadata() {
        Extraction x = extractor.extract("首页 > 政务公开 > 通知公告\n索   引   号 0001/2024-01 主题分类 其他\n发布机构: 某某市人民政府办公室 文号: 某政办发〔2024〕2号\n"
            + "某某市人民政府办公室关于印发某某市数据工作方案的通知\n各县区：\n现印发给你们。\n");
        assertThat(x.metadata().title()).isEqualTo("某某市人民政府办公室关于印发某某市数据工作方案的通知");
        assertThat(x.metadata().publisher()).isEqualTo("某某市人民政府办公室");
        assertThat(x.metadata().documentNumber()).isEqualTo("某政办发〔2024〕2号");
        assertThat(x.metadata().indexNumber()).isEqualTo("0001/2024-01");
    }

    @Test
    void aPlanNamedAfterAProjectConcernsIt() {
        Extraction x = extractor.extract("关于印发某某市城市运行管理平台建设工作方案的通知\n加快建设“某某市城市运行管理平台”。\n");
        assertThat(linked(x, "某某市城市运行管理平台建设工作方案", Relation.CONCERNS, "某某市城市运行管理平台")).isTrue();
    }

    @Test
    void standardInfrastructureIsComposedOfEGovernmentWords() {
        Extraction x = extractor.extract("某某县已接入电子政务内网，并建成资源共享交换平台。");
        assertThat(x.mentions()).filteredOn(m -> m.entity().type() == EntityType.PROJECT)
            .extracting(m -> m.entity().name()).contains("电子政务内网", "资源共享交换平台");
    }

    @ParameterizedTest(name = "{1} is a project in {0}")
    @CsvSource(delimiter = '|', textBlock = """
        全面推广“皖事通”，实现掌上办理。                 | 皖事通
        上线运行“某快办”APP和“某某通”平台。              | “某快办”APP
        上线运行“某快办”APP和“某某通”平台。              | “某某通”平台
        """)
    void quotedAppsAndPlatformsAreProjects(String text, String project) {
        Extraction x = extractor.extract(text);
        assertThat(x.mentions()).anyMatch(m -> m.entity().type() == EntityType.PROJECT && m.entity().name().equals(project));
    }

    @ParameterizedTest(name = "no project in {0}")
    @CsvSource(delimiter = '|', textBlock = """
        深化“一网通办”改革，推进“全程网办”。
        """)
    void quotedSlogansAreNotProjects(String text) {
        assertThat(extractor.extract(text).mentions()).noneMatch(m -> m.entity().type() == EntityType.PROJECT);
    }

    @Test
    void aMemberLineListingOnePersonsPostsIsThePersonNotUnits() {
        Extraction x = extractor.extract("某某省人民政府办公厅关于成立某某工作领导小组的通知\n\n组长：张某某省长\n\n"
            + "成员：吴晓明省政务服务管理办公室党组书记、副主任\n\n王建省财政厅厅长\n");
        assertThat(people(x)).contains("吴晓明", "王建");
        assertThat(linked(x, "吴晓明", Relation.MEMBER_OF, "某某省政务服务管理办公室")).isTrue();
        assertThat(x.mentions()).noneMatch(m -> m.entity().name().equals("副主任") || m.entity().name().startsWith("吴晓明省"));
    }

    @Test
    void aRegionsJurisdictionIsItsGovernmentsNotItsPartyCommittees() {
        Extraction x = extractor.extract("某某市人民政府办公室关于做好数据工作的通知\n市委、市人民政府印发《某某市数据管理办法》。\n");
        assertThat(linked(x, "市人民政府", Relation.JURISDICTION, "某某市")).isTrue();
        assertThat(x.links()).noneMatch(l -> l.relation() == Relation.JURISDICTION && l.subject().name().contains("委"));
    }

    @Test
    void aGovernmentNamedOnlyInAFormulaOfDeferenceIsNotSaidToGovernItsRegion() {
        Extraction x = extractor.extract("某某市数据局2023年工作总结\n在市委、市政府的正确领导下，某某市数据局扎实推进各项工作。\n");
        assertThat(x.mentions()).anyMatch(m -> m.surface().equals("市政府"));
        assertThat(x.links()).noneMatch(l -> l.relation() == Relation.JURISDICTION && l.subject().name().endsWith("政府"));
    }

    @Test
    void aGovernmentsWebsiteInTheNavigationIsNoBody() {
        Extraction x = extractor.extract("中国政府网 某某省政府网 English 市人大\n某某市人民政府办公室关于做好数据工作的通知\n市委网信办负责。\n");
        assertThat(x.mentions()).noneMatch(m -> m.entity().name().equals("某某省人民政府") || m.entity().name().equals("某某省政府"));
        assertThat(x.mentions()).anyMatch(m -> m.entity().type() == EntityType.ORGANIZATION && m.surface().equals("市委网信办"));
    }

    @Test
    void aGovernmentBeforeASecretaryGeneralsTitleInARosterIsThePersonsBody() {
        Extraction x = extractor.extract("某某省人民政府办公厅关于成立某某工作领导小组的通知\n\n组长：张某某省长\n\n"
            + "副组长：李建国　省政府副秘书长、省政府办公厅主任\n");
        assertThat(linked(x, "李建国", Relation.MEMBER_OF, "某某省人民政府")).isTrue();
        assertThat(linked(x, "李建国", Relation.MEMBER_OF, "某某省人民政府办公厅")).isTrue();
        assertThat(x.posts()).anyMatch(p -> p.title().equals("省政府副秘书长"));
    }

    @Test
    void aNoticeThatPublishesDocumentsContainsThemAndItsIssuerIssuedThem() {
        String title = "某某市人民政府办公室关于印发《某某市数据共享管理办法》等两个文件的通知";
        Extraction x = extractor.extract(title + "\n各县（市）区人民政府：\n"
            + "经市政府同意，现将《某某市数据共享管理办法》《某某市政务云管理细则》印发给你们，请认真遵照执行。\n某某市人民政府办公室\n");
        assertThat(x.mentions()).noneMatch(m -> m.entity().name().endsWith("等两个文件"));
        for (String plan : List.of("某某市数据共享管理办法", "某某市政务云管理细则")) {
            assertThat(linked(x, plan, Relation.PART_OF, title)).as(plan).isTrue();
            assertThat(linked(x, "某某市人民政府办公室", Relation.ISSUED, plan)).as(plan).isTrue();
        }
    }

    @Test
    void theSharedLeadershipOfSeveralBodiesIsEachBodysPost() {
        Extraction x = extractor.extract("某某区成立智慧某某建设领导小组，区委、区政府主要领导任组长，区政府相关部门主要负责人为成员。");
        assertThat(x.posts()).extracting(p -> p.title()).contains("区委主要领导", "区政府主要领导").doesNotContain("主要领导");
    }

    @Test
    void shortOfficeNamesEndingIn办AreBodiesButVerbsAndWordsAreNot() {
        Extraction x = extractor.extract("某某省人民政府办公厅关于做好数据工作的通知\n"
            + "省编委办负责编制工作，市政府办牵头。某某市委党校举办培训班，制定《某某市数据管理办法》。"
            + "同时希望某某科技有限公司加快建设，感谢某某市委的支持。\n");
        List<String> orgs = x.mentions().stream().filter(m -> m.entity().type() == EntityType.ORGANIZATION).map(m -> m.entity().name()).toList();
        assertThat(orgs).contains("某某省机构编制委员会办公室", "某某科技有限公司")
            .noneMatch(n -> n.endsWith("举办") || n.endsWith("管理办") || n.startsWith("同时") || n.contains("感谢"));
    }

    @Test
    void aCountyLevelDivisionWrittenAloneIsARegion() {
        Extraction x = extractor.extract("浙江省人民政府办公厅关于做好数据工作的通知\n义乌市加快建设城市大脑，昆山市也在推进。\n");
        assertThat(x.mentions()).filteredOn(m -> m.entity().type() == EntityType.REGION).extracting(m -> m.entity().name())
            .contains("义乌市", "昆山市");
    }

    @Test
    void nationalDepartmentsAreBodiesButNotInsideOtherWords() {
        Extraction x = extractor.extract("某某省人民政府办公厅关于做好数据工作的通知\n积极争取财政部、商务部支持，协调公安部门和财政部长会议。\n");
        List<String> orgs = x.mentions().stream().filter(m -> m.entity().type() == EntityType.ORGANIZATION).map(m -> m.surface()).toList();
        assertThat(orgs).contains("财政部", "商务部").doesNotContain("公安部");
        assertThat(orgs.stream().filter("财政部"::equals)).hasSize(1);
    }

    @Test
    void aPlansOpeningFormulaSaysWhatItImplementsAndWhatItFollows() {
        Extraction x = extractor.extract("某县数字化改革实施方案\n"
            + "为贯彻落实《某省数字化改革总体方案》，根据《某市数字化改革行动计划》，结合我县实际，制定本方案。\n");
        assertThat(linked(x, "某县数字化改革实施方案", Relation.IMPLEMENTS, "某省数字化改革总体方案")).isTrue();
        assertThat(linked(x, "某县数字化改革实施方案", Relation.BASED_ON, "某市数字化改革行动计划")).isTrue();
        assertThat(linked(x, "某县数字化改革实施方案", Relation.IMPLEMENTS, "某市数字化改革行动计划")).isFalse();
    }

    @Test
    void aNoticeThatPublishesAPlanGivesTheLineageToThePlanNotToItself() {
        Extraction x = extractor.extract("某市人民政府办公室关于印发某市数据要素改革方案的通知\n"
            + "现将《某市数据要素改革方案》印发给你们，请认真贯彻执行。\n"
            + "某市数据要素改革方案\n为深入贯彻落实《某省数据要素改革意见》，结合我市实际，制定本方案。\n");
        assertThat(linked(x, "某市数据要素改革方案", Relation.IMPLEMENTS, "某省数据要素改革意见")).isTrue();
        assertThat(x.links()).noneMatch(l -> l.relation() == Relation.IMPLEMENTS && l.subject().name().contains("通知"));
    }

    @Test
    void proseFollowingATitleOutsideThePlansFormulaLinksNothing() {
        Extraction x = extractor.extract("某某局2023年工作总结\n按照《某市数据共享实施方案》要求，某某局完成了数据目录编制。\n");
        assertThat(x.links()).noneMatch(l -> l.relation() == Relation.IMPLEMENTS || l.relation() == Relation.BASED_ON);
    }

    @Test
    void aReportsAuthorIssuedWhatItsSentencesWithoutADoerSayWasIssued() {
        Extraction x = extractor.extract("某某市数据管理局2023年工作总结\n"
            + "一年来，某某市数据管理局统筹推进数字政府建设。印发《某某市公共数据管理办法》《某某市数据目录编制规范》，规范数据管理。\n");
        assertThat(linked(x, "某某市数据管理局", Relation.ISSUED, "某某市公共数据管理办法")).isTrue();
        assertThat(linked(x, "某某市数据管理局", Relation.ISSUED, "某某市数据目录编制规范")).isTrue();
    }

    @Test
    void aSentenceWithoutADoerTakesTheBodyTheSentenceBeforeOpensWith() {
        Extraction x = extractor.extract("关于某某建议的答复\n"
            + "某某县政府办公室加挂县大数据局牌子，负责统筹管理。陆续印发《某某县数字乡村建设方案》等文件。\n");
        assertThat(linked(x, "某某县政府办公室", Relation.ISSUED, "某某县数字乡村建设方案")).isTrue();
    }

    @Test
    void aPlanConcernsThePlatformsItsTextNamesAndNobodyIsSaidToBuild() {
        Extraction x = extractor.extract("某某省数字政府建设规划\n一、发展基础。电子政务外网、电子政务内网、电子政务云建设取得积极进展，"
            + "建成省市两级数据共享交换平台，建成全省一体化政务服务平台。\n");
        String plan = "某某省数字政府建设规划";
        for (String platform : List.of("电子政务外网", "电子政务内网", "电子政务云", "数据共享交换平台", "全省一体化政务服务平台"))
            assertThat(linked(x, plan, Relation.CONCERNS, platform)).as(platform).isTrue();
    }

    @Test
    void aNoticeSettingUpAGroupDoesNotConcernThePlatformsItMentions() {
        Extraction x = extractor.extract("某某县人民政府办公室关于成立某某工作专班的通知\n"
            + "为推进某某县智慧河湖平台建设，决定成立某某工作专班。\n");
        assertThat(x.links()).noneMatch(l -> l.relation() == Relation.CONCERNS && l.object().type() == EntityType.PROJECT);
    }

    @Test
    void aPagesLabelsStandingWhereAddresseesDoAreNoPeople() {
        Extraction x = extractor.extract("关于某某提案的协办意见\n内容概览:\n  • 字号:\n张明委员:\n您提出的提案收悉。\n");
        assertThat(people(x)).containsExactly("张明");
    }

    @Test
    void aDemocraticPartysCommitteeAndAGroupCompanyAreNamedWhole() {
        Extraction x = extractor.extract("民建某某区基层委员会提出建议，中国某某集团公司参与建设。\n");
        List<String> orgs = x.mentions().stream().filter(m -> m.entity().type() == EntityType.ORGANIZATION).map(m -> m.surface()).toList();
        assertThat(orgs).contains("民建某某区基层委员会", "中国某某集团公司");
    }

    @Test
    void peopleNamedBeforeTheirGroupRoleInProseLeadTheGroupWithTheirPosts() {
        Extraction x = extractor.extract("某某市人民政府办公厅决定成立某某市数据产业工作领导小组，副市长吴明任组长。"
            + "某某市政府副秘书长陈立，市经济信息化委主任吴国华任副组长。\n");
        String group = "某某市数据产业工作领导小组";
        assertThat(linked(x, group, Relation.LEADER, "吴明")).isTrue();
        assertThat(linked(x, group, Relation.DEPUTY_LEADER, "陈立")).isTrue();
        assertThat(linked(x, group, Relation.DEPUTY_LEADER, "吴国华")).isTrue();
        assertThat(x.posts()).extracting(p -> p.title()).contains("副市长", "某某市政府副秘书长", "市经济信息化委主任")
            .noneMatch(t -> t.contains("吴"));
    }

    @Test
    void aGroupsOfficeThatIssuesInItsOwnNameIsABodyOfTheGroup() {
        Extraction x = extractor.extract("某某市智慧城市建设领导小组办公室关于印发《某某市城市云脑建设指引》的通知\n各区人民政府：现将指引印发给你们。\n");
        assertThat(linked(x, "某某市智慧城市建设领导小组办公室", Relation.SUB_ORGANIZATION_OF, "某某市智慧城市建设领导小组")).isTrue();
        assertThat(linked(x, "某某市智慧城市建设领导小组办公室", Relation.ISSUED, "某某市城市云脑建设指引")).isTrue();
    }

    @Test
    void aPostOnAPartyCommitteeIsNoBody() {
        Extraction x = extractor.extract("组　长：黄某某　省委常委、常务副省长\n");
        assertThat(x.mentions()).noneMatch(m -> m.surface().equals("省委常委"));
    }

    @Test
    void partiesToAnAgreementAreTheBodiesOfTheSigningClauseOnly() {
        Extraction x = extractor.extract("为落实省委省政府部署，某某市政府与某某科技有限公司签订某某市智慧城市建设战略合作框架协议。\n");
        assertThat(linked(x, "某某市政府", Relation.PARTNER, "某某科技有限公司")
            || linked(x, "某某科技有限公司", Relation.PARTNER, "某某市政府")).isTrue();
        assertThat(x.links()).noneMatch(l -> l.relation() == Relation.PARTNER && (l.subject().name().contains("省") || l.object().name().contains("省")));
    }

    @Test
    void aBureausReportNamesItsOwnGroupsAndWhatItDraftedWithoutSayingWho() {
        Extraction x = extractor.extract("某某市数据管理局2023年工作总结和2024年工作思路\n"
            + "一、工作总结。成立局整改工作领导小组，统筹推进整改。组织编制《某某市政务云使用规范》。\n");
        assertThat(linked(x, "某某市数据管理局", Relation.ESTABLISHED, "某某市数据管理局整改工作领导小组")).isTrue();
        assertThat(linked(x, "某某市数据管理局", Relation.DRAFTED, "某某市政务云使用规范")).isTrue();
    }

    @Test
    void aGroupsNameBrokenAcrossTheLinesOfATitleIsReadWhole() {
        Extraction x = extractor.extract("某某省人民政府办公厅关于成立全省一体化\n在线政务服务平台建设和管理协调小组的通知\n各市人民政府：\n经省政府同意，决定成立协调小组。\n");
        assertThat(x.mentions()).filteredOn(m -> m.entity().type() == EntityType.LEADERSHIP_GROUP)
            .extracting(m -> m.entity().name()).contains("全省一体化在线政务服务平台建设和管理协调小组")
            .doesNotContain("在线政务服务平台建设和管理协调小组");
    }

    @Test
    void anUntitledAgreementIsNamedAfterItsPartiesSoThatTwoAgreementsStayTwo() {
        Extraction x = extractor.extract("9月8日，某某市人民政府与某某科技有限公司签订战略合作框架协议。\n");
        assertThat(x.mentions()).filteredOn(m -> m.entity().type() == EntityType.PLAN).extracting(m -> m.entity().name())
            .containsOnly("某某市人民政府与某某科技有限公司战略合作框架协议");
        assertThat(linked(x, "某某科技有限公司", Relation.ISSUED, "战略合作框架协议")).isTrue();
    }

    private static List<String> entities(Extraction x, EntityType type) {
        return x.mentions().stream().filter(m -> m.entity().type() == type).map(m -> m.entity().name()).distinct().toList();
    }

    @Test
    void aMinistryShortenedAsItsLocalCounterpartsAreIsTheMinistry() {
        Extraction x = extractor.extract("某某局关于某事的答复\n获得教育部、工信部、人社部等部委授权。\n");
        assertThat(entities(x, EntityType.ORGANIZATION)).contains("工业和信息化部", "人力资源和社会保障部");
    }

    @Test
    void levelsJoinedByHeAreNoBodyOfTheirOwn() {
        Extraction x = extractor.extract("某某局关于某事的答复\n我局认真贯彻落实国家和省委省政府工作部署。\n");
        assertThat(x.mentions()).extracting(m -> m.surface()).contains("省委").doesNotContain("国家和省委");
    }

    @Test
    void aDivisionWhoseHeadFollowsItKeepsTheHeInItsName() {
        Extraction x = extractor.extract("某某省发展和改革委员会创新和高技术发展处处长王某某表示，将加强服务。\n");
        assertThat(linked(x, "王某某", Relation.MEMBER_OF, "某某省发展和改革委员会创新和高技术发展处")).isTrue();
    }

    @Test
    void aProposalsTitleInQuotationMarksIsAPlanPutForwardByTheAddressee() {
        Extraction x = extractor.extract("对某某会议第12号建议的答复\n张某某代表:\n现将您提出的“关于设立“某某数据中心”的建议”的办理情况报告如下:\n");
        assertThat(entities(x, EntityType.PLAN)).contains("关于设立“某某数据中心”的建议");
        assertThat(linked(x, "关于设立“某某数据中心”的建议", Relation.PROPOSED_BY, "张某某")).isTrue();
    }

    @Test
    void aReportOnWorkDoneIsNoPlanThoughItsTitleEndsInJihua() {
        Extraction x = extractor.extract("某某市数据管理局2023年工作总结和2024年工作计划\n一、工作总结。全年推进某某平台建设。\n");
        assertThat(entities(x, EntityType.PLAN)).isEmpty();
    }

    @Test
    void aPartyCommitteesSchoolIsABody() {
        Extraction x = extractor.extract("某某局2023年工作总结\n今年4月在市委党校举办培训班。\n");
        assertThat(x.mentions()).extracting(m -> m.surface()).contains("市委党校");
    }

    @Test
    void aBranchNamedWithAndWithoutItsBrandAndCityIsOneBranch() {
        Extraction x = extractor.extract("11月2日，某某区与中国某通某某市分公司签订合作协议，某通某某分公司总经理刘某出席。"
            + "希望中国某通某某分公司认真履行协议。\n");
        assertThat(entities(x, EntityType.ORGANIZATION)).filteredOn(n -> n.endsWith("分公司")).containsExactly("中国某通某某市分公司");
    }

    @Test
    void kindsOfTechnologyInAnEnumerationAreNoProjects() {
        Extraction x = extractor.extract("规划实施5G、物联网、某某数据共享平台等新型基础设施项目。\n");
        assertThat(entities(x, EntityType.PROJECT)).doesNotContain("5G", "物联网");
    }

    @Test
    void platformsBeingImprovedAreProjectsListAndAll() {
        Extraction x = extractor.extract("持续完善某某市一体化数据平台、“某某通”协同平台等，提升办事效率。\n");
        assertThat(entities(x, EntityType.PROJECT)).contains("某某市一体化数据平台");
    }

    @Test
    void aBodysSecondNameIsTheSameBody() {
        Extraction x = extractor.extract("某某区人民政府办公室关于某事的答复\n某某区政府办公室加挂区数据局牌子，统筹全区数据工作。区数据局负责平台运维。\n");
        assertThat(entities(x, EntityType.ORGANIZATION)).noneMatch(n -> n.endsWith("数据局"));
    }

    @Test
    void theApprovingGovernmentAfterJingIsABody() {
        Extraction x = extractor.extract("经市政府同意，现将方案印发给你们。市经信局负责落实。\n");
        assertThat(x.mentions()).extracting(m -> m.surface()).contains("市政府", "市经信局");
    }

    @Test
    void whatANoticeInTitleMarksPublishesKeepsItsPeriod() {
        Extraction x = extractor.extract("依据《某某省政府关于印发某某示范区一体化发展实施方案(2020—2022年)的通知》，制定本规划。\n");
        assertThat(entities(x, EntityType.PLAN)).contains("某某示范区一体化发展实施方案(2020—2022年)")
            .doesNotContain("某某示范区一体化发展实施方案");
    }

    @Test
    void aGroupWithTwoRemitsJoinedByJiIsOneGroupAndItsLeaderPostIsRead() {
        Extraction x = extractor.extract("某某局关于某提案的协办意见\n2017年成立常务副市长为组长的市政务信息化暨“互联网+政务服务”工作领导小组，加强指导。\n");
        assertThat(x.mentions()).filteredOn(m -> m.entity().type() == EntityType.LEADERSHIP_GROUP)
            .extracting(m -> m.surface()).contains("市政务信息化暨“互联网+政务服务”工作领导小组");
        assertThat(x.posts()).extracting(p -> p.title()).contains("常务副市长");
    }

    @Test
    void aProposalNamedWithoutMarksAfterItsProposerIsAPlanPutForwardByThem() {
        Extraction x = extractor.extract("对某某会议第8号提案的协办意见\n市某某局:\n经研究，现对张某某委员提出的关于促进某某产业发展的提案提出如下意见:\n");
        assertThat(entities(x, EntityType.PLAN)).containsExactly("关于促进某某产业发展的提案");
        assertThat(linked(x, "关于促进某某产业发展的提案", Relation.PROPOSED_BY, "张某某")).isTrue();
    }

    @Test
    void aProposalOfABodyIsPutForwardByTheBodyOnTheAddresseeLine() {
        Extraction x = extractor.extract("某某区某某局关于区政协某次会议第9号提案的答复\n民建某某区基层委员会:\n你们提出的《关于建设某某平台的建议》收悉。\n");
        assertThat(linked(x, "关于建设某某平台的建议", Relation.PROPOSED_BY, "民建某某区基层委员会")).isTrue();
    }

    @Test
    void aGroupNamedWithAndWithoutTheQuotesOfItsRemitIsOneGroup() {
        Extraction x = extractor.extract("某某区管委会办公室关于成立某某区推进互联网+政务服务工作领导小组的通知\n"
            + "经研究，决定成立某某区推进“互联网+政务服务”工作领导小组。\n");
        assertThat(entities(x, EntityType.LEADERSHIP_GROUP)).containsExactly("某某区推进“互联网+政务服务”工作领导小组");
    }

    @Test
    void capitalsRightAfterAProjectAreItsShortNameButNotTheStartOfAnotherWord() {
        Extraction x = extractor.extract("我区已完成政务中心和派出所智能化自主作业系统IAO的部署。推进电子政务外网IP地址规划。\n");
        assertThat(entities(x, EntityType.PROJECT)).contains("智能化自主作业系统IAO").noneMatch(n -> n.endsWith("IP"));
    }
}
