package org.govkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.govkg.extract.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * Linguistic knowledge lives in {@code extract/lexicon.properties} and {@code extract/patterns.tsv},
 * not in Java: no source file of the extractor holds a Chinese string or character literal (comments
 * and Javadoc may, to explain a rule with an example).
 */
class KnowledgeAsDataTest {
    private static final Path EXTRACT = Path.of("src/main/java/org/govkg/extract");
    /** CJK letters and punctuation, full-width forms, Chinese quotation marks, written or as \\u escapes. */
    private static final Pattern CHINESE = Pattern.compile(
        "[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef“”‘’]|\\\\u(?:30[0-3]|3[4-9a-fA-F]|[4-9][0-9a-fA-F]|ff)[0-9a-fA-F]{2}");

    @Test
    void noExtractorSourceHoldsAChineseLiteral() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(EXTRACT)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList())
                for (String literal : literals(Files.readString(f)))
                    if (CHINESE.matcher(literal).find())
                        found.add(EXTRACT.relativize(f) + ": " + literal);
        }
        assertThat(found).as("Chinese literals in extractor sources (move them to the lexicon)").isEmpty();
    }

    @Test
    void literalScannerSeesStringsAndCharactersButNotComments() {
        String source = "// 某局\n/* 某市 */ String a = \"某某\"; char c = '某'; String b = \"a\\\"b\"; /** “x” */";
        assertThat(literals(source)).containsExactly("\"某某\"", "'某'", "\"a\\\"b\"");
    }

    @Test
    void everyPatternOfTheLexiconCompiles() {
        Lexicon lex = Lexicon.standard();
        assertThat(lex.patternKeys()).isNotEmpty();
        for (String key : lex.patternKeys())
            assertThat(lex.pattern(key)).as(key).isNotNull();
    }

    @Test
    void placeholdersExpandToListsRawTextAndOtherPatterns() {
        Lexicon lex = Lexicon.standard();
        assertThat(lex.regex("body.name")).doesNotContain("{{");
        Matcher m = lex.pattern("body.name").matcher("某某市发展和改革委员会");
        assertThat(m.matches()).isTrue();
        assertThat(m.group("suffix")).isEqualTo("委员会");
    }

    /** The string, text-block and character literals of a Java source, comments skipped. */
    static List<String> literals(String src) {
        List<String> out = new ArrayList<>();
        int i = 0, n = src.length();
        while (i < n) {
            if (src.startsWith("//", i)) {
                int j = src.indexOf('\n', i);
                i = j < 0 ? n : j;
            } else if (src.startsWith("/*", i)) {
                int j = src.indexOf("*/", i + 2);
                i = j < 0 ? n : j + 2;
            } else if (src.startsWith("\"\"\"", i)) {
                int j = src.indexOf("\"\"\"", i + 3);
                int end = j < 0 ? n : j + 3;
                out.add(src.substring(i, end));
                i = end;
            } else if (src.charAt(i) == '"' || src.charAt(i) == '\'') {
                char quote = src.charAt(i);
                int j = i + 1;
                while (j < n && src.charAt(j) != quote)
                    j += src.charAt(j) == '\\' ? 2 : 1;
                out.add(src.substring(i, Math.min(n, j + 1)));
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }
}
