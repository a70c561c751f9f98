package org.govkg.extract.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.model.DocumentMetadata;
import org.junit.jupiter.api.Test;

class HeaderParserTest {
    private final HeaderParser parser = new HeaderParser(Lexicon.standard());

    private static final String REPLY = """
        建议办理答复
        - 索引号: 0001-2023-77
        - 发布机构: 某某市科学技术局
        - 文号: 某科函〔2023〕8号
        - 发布日期: 2023-07-01
        某某市科学技术局关于市政协第12号提案的答复
        张三、李四委员:
        你们提出的建议收悉。
        某某市科学技术局
        2023年6月20日
        (联系人:王五)
        """;

    @Test
    void metadataBlockBecomesDocumentMetadata() {
        DocumentMetadata m = parser.parse(REPLY);
        assertThat(m.category()).isEqualTo("建议办理答复");
        assertThat(m.publisher()).isEqualTo("某某市科学技术局");
        assertThat(m.issued()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(m.documentNumber()).isEqualTo("某科函〔2023〕8号");
        assertThat(m.indexNumber()).isEqualTo("0001-2023-77");
    }

    @Test
    void titleAddresseesSignatureAndContactAreRecognised() {
        DocumentMetadata m = parser.parse(REPLY);
        assertThat(m.title()).isEqualTo("某某市科学技术局关于市政协第12号提案的答复");
        assertThat(m.addressees()).containsExactly("张三", "李四");
        assertThat(m.signedDate()).isEqualTo(LocalDate.of(2023, 6, 20));
        assertThat(m.contact()).isEqualTo("王五");
    }

    @Test
    void fullWidthColonsAndNoDashAreAccepted() {
        DocumentMetadata m = parser.parse("发布机构：某某县人民政府\n发布日期：2020年3月5日\n某某县人民政府关于做好数据工作的通知\n正文。\n");
        assertThat(m.publisher()).isEqualTo("某某县人民政府");
        assertThat(m.issued()).isEqualTo(LocalDate.of(2020, 3, 5));
        assertThat(m.title()).isEqualTo("某某县人民政府关于做好数据工作的通知");
    }

    @Test
    void documentWithoutHeaderTakesItsFirstLineAsTitleAndSignatureAsPublisher() {
        DocumentMetadata m = parser.parse("某某州数据局2022年工作总结\n一年来成效明显。\n某某州数据局\n2023年1月3日\n");
        assertThat(m.title()).isEqualTo("某某州数据局2022年工作总结");
        assertThat(m.publisher()).isEqualTo("某某州数据局");
        assertThat(m.issued()).isEqualTo(LocalDate.of(2023, 1, 3));
    }

    @Test
    void aTitleRunIntoTheTextEndsTheHeaderWhereTheTitleEnds() {
        String text = "某某省数字政府建设总体规划(2021—2025) " + "数字政府是新型政府运行模式，为推进数字政府建设，编制本规划。".repeat(4) + "\n";
        DocumentMetadata m = parser.parse(text);
        assertThat(m.title()).isEqualTo("某某省数字政府建设总体规划(2021—2025)");
        assertThat(text.substring(m.bodyStart()).strip()).startsWith("数字政府是");
    }

    @Test
    void aYearlyReportsTitleNamesItsAuthor() {
        assertThat(parser.parse("某某市数据管理局2023年工作总结\n一年来，工作有序推进。\n").publisher()).isEqualTo("某某市数据管理局");
    }
}
