package org.govkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.govkg.extract.DocumentExtractor;
import org.govkg.vocab.EntityType;
import org.govkg.extract.model.Extraction;
import org.govkg.extract.model.Relation;
import org.junit.jupiter.api.Test;

/** Each input format govkg reads, with a real file of that format made for the tests. */
class DocumentFormatsTest {
    private final DocumentReader reader = new DocumentReader();
    private final DocumentExtractor extractor = new DocumentExtractor();

    private static boolean names(Extraction x, EntityType type, String name) {
        return x.mentions().stream().anyMatch(m -> m.entity().type() == type && m.entity().name().equals(name));
    }

    @Test
    void governmentWebPageKeepsArticleAndMetadataTableAndDropsNavigation() throws Exception {
        SourceDocument doc = reader.read(DocumentReaderTest.fixture("gov-page.html"));
        assertThat(doc.text()).startsWith("- 索引号: 11532500-2023-0801-003\n- 发布机构: 某某州数据局")
            .contains("某某州数据局关于成立某某州数字政府建设工作专班的通知\n")
            .contains("工作专班办公室设在州数据局")
            .doesNotContain("首页").doesNotContain("版权所有").doesNotContain("某某州财政局").doesNotContain("tracker");
        Extraction x = extractor.extract(doc.text());
        assertThat(x.metadata().publisher()).isEqualTo("某某州数据局");
        assertThat(x.metadata().documentNumber()).isEqualTo("某数函〔2023〕12号");
        assertThat(x.links()).anyMatch(l -> l.relation() == Relation.OFFICE_IN && l.subject().name().equals("某某州数字政府建设工作专班"));
    }

    @Test
    void gbkWebPageIsDecodedFromItsMetaCharset() throws Exception {
        SourceDocument doc = reader.read(DocumentReaderTest.fixture("gbk-page.html"));
        assertThat(doc.charset().name()).isIn("GBK", "GB18030");
        assertThat(doc.text()).contains("县政务服务管理局与县数据局联合建设某某县政务服务平台").doesNotContain("新闻中心");
    }

    @Test
    void webPageWithoutArticleIsRefusedWithItsReason() throws Exception {
        assertThatThrownBy(() -> reader.read(DocumentReaderTest.fixture("no-article.html")))
            .isInstanceOf(IngestException.class).hasMessageContaining("no article");
    }

    @Test
    void docxTextIsExtracted() throws Exception {
        SourceDocument doc = reader.read(DocumentReaderTest.fixture("plan-notice.docx"));
        Extraction x = extractor.extract(doc.text());
        assertThat(x.metadata().title()).isEqualTo("某某市人民政府办公室关于印发某某市数据要素市场建设实施方案的通知");
        assertThat(x.metadata().documentNumber()).isEqualTo("某政办发〔2024〕9号");
        assertThat(x.links()).anyMatch(l -> l.relation() == Relation.LEAD_UNIT && l.object().name().equals("某某市数据局"));
    }

    @Test
    void pdfTextIsExtractedWithWrappedLinesRejoined() throws Exception {
        SourceDocument doc = reader.read(DocumentReaderTest.fixture("work-summary.pdf"));
        assertThat(doc.text()).contains("共同建设“某某县城市大脑”。");
        Extraction x = extractor.extract(doc.text());
        assertThat(x.metadata().publisher()).isEqualTo("某某县大数据中心");
        assertThat(names(x, EntityType.PROJECT, "某某县城市大脑")).isTrue();
    }
}
