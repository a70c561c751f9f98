package org.govkg.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Labels break where a reader expects: between words or at punctuation, never inside a word. */
class DotTextTest {

    @Test
    void postLabelBreaksBeforeItsBracketNotInsideAWord() {
        assertThat(DotText.wrap("常务副市长（常务副组长）")).containsExactly("常务副市长", "（常务副组长）");
    }

    @Test
    void longNameBreaksBetweenWordsIntoLinesOfAboutEqualLength() {
        List<String> lines = DotText.wrap("某某市云计算大数据中心建设工程");
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", lines)).isEqualTo("某某市云计算大数据中心建设工程");
        for (String l : lines) {
            assertThat(l).doesNotStartWith("算").doesNotStartWith("据").doesNotStartWith("心");
            assertThat(l.length()).isBetween(4, 11);
        }
    }

    @Test
    void enumerationBreaksAfterItsCommaAndLatinWordsStayWhole() {
        assertThat(DotText.wrap("市委书记、市长（双组长）")).containsExactly("市委书记、市长", "（双组长）");
        assertThat(DotText.wrap("Digital City Operations Center 2025")).allSatisfy(l ->
            assertThat(l).doesNotEndWith(" ").matches("(\\S+ ?)+"))
            .anySatisfy(l -> assertThat(l).contains("Operations"));
    }

    @Test
    void aNameThatFitsStaysOnOneLine() {
        assertThat(DotText.wrap("某某市发展和改革委员会")).containsExactly("某某市发展和改革委员会");
    }
}
