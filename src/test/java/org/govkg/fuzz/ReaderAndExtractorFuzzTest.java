package org.govkg.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.govkg.extract.DocumentExtractor;
import org.govkg.extract.model.Extraction;
import org.govkg.extract.model.Mention;
import org.govkg.ingest.DocumentGraphBuilder;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.IngestException;
import org.govkg.ingest.SourceDocument;
import org.govkg.resolve.Curation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing of what reads untrusted input, with seeded random inputs: the document readers on
 * random and mutated files, the extractor and the graph writer on random texts built from the
 * genre's own pieces. Nothing may escape but a one-line {@link IngestException}; every mention
 * lies inside the text and shows what it says. A failure prints its seed, so it can be replayed
 * ({@code -Dgovkg.fuzz.seed=…}); {@code -Dgovkg.fuzz.inputs=20000} runs longer than the suite's 300.
 */
class ReaderAndExtractorFuzzTest {
    private static final int INPUTS = Integer.getInteger("govkg.fuzz.inputs", 300);
    private static final long SEED = Long.getLong("govkg.fuzz.seed", System.nanoTime());
    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

    /** Pieces of government writing, so that random texts reach deep into the rules. */
    private static final List<String> PIECES = List.of("某某市", "某某县", "人民政府", "办公室", "关于", "印发", "成立", "调整",
        "领导小组", "工作组", "组长", "副组长", "成员", "办公室设在", "发展和改革委员会", "市发展改革委", "大数据局", "（牵头单位：",
        "；责任单位：", "）", "、", "，", "。", "：", "《", "》", "〔2024〕", "号", "的通知", "实施方案", "规划", "项目", "平台",
        "建设", "签署", "合作协议", "提案", "答复", "\n", "\n\n", "一、", "（一）", "1.", "王某某", "同志", "任", "为", "57家",
        "2.3亿元", "2024年5月6日", "- 发文机关：", "【标题】", "索引号", "\u3000", " ", "“", "”", "（", "(", ")", "\t", "&", "<", ">", "\\");

    @TempDir
    Path dir;

    /** A text of up to 300 pieces, one in ten a run of random characters (no lone surrogates, which no file can hold). */
    private static String governmentText(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(300); i > 0; i--) {
            if (r.nextInt(10) > 0) {
                sb.append(PIECES.get(r.nextInt(PIECES.size())));
                continue;
            }
            for (int k = r.nextInt(5); k > 0; k--) {
                char c = (char) r.nextInt(0xFFFE);
                sb.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return sb.toString();
    }

    private static byte[] fileBytes(Random r, List<byte[]> samples) {
        if (r.nextInt(3) == 0) {
            byte[] b = new byte[r.nextInt(4096)];
            r.nextBytes(b);
            return b;
        }
        byte[] b = samples.get(r.nextInt(samples.size())).clone();
        for (int i = 1 + r.nextInt(64); i > 0; i--) b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        return r.nextBoolean() ? b : Arrays.copyOf(b, r.nextInt(b.length) + 1);
    }

    @Test
    void theReadersTakeAnyBytesOrRefuseThemInOneLine() throws Exception {
        List<byte[]> samples = List.of(
            Files.readAllBytes(Path.of("src/test/resources/documents/plan-notice.docx")),
            Files.readAllBytes(Path.of("src/test/resources/documents/work-summary.pdf")),
            Files.readAllBytes(Path.of("src/test/resources/documents/gov-page.html")),
            Files.readAllBytes(Path.of("src/test/resources/documents/notice-gbk.txt")));
        List<String> extensions = List.of("txt", "html", "docx", "pdf", "doc");
        Random r = new Random(SEED);
        int refused = 0;
        for (int i = 0; i < INPUTS; i++) {
            Path f = dir.resolve("fuzz-" + i + "." + extensions.get(r.nextInt(extensions.size())));
            Files.write(f, fileBytes(r, samples));
            try {
                SourceDocument doc = new DocumentReader().read(f);
                assertThat(doc.text()).as("seed %d, input %d", SEED, i).isNotNull();
            } catch (IngestException e) {
                refused++;
                assertThat(e.getMessage()).as("seed %d, input %d", SEED, i).isNotBlank().doesNotContain("\n");
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + SEED + ", input " + i + " (" + f.getFileName() + "): " + e, e);
            }
            Files.delete(f);
        }
        System.out.printf("readers fuzzed with %d files (seed %d): %d refused with a one-line reason, 0 crashes%n", INPUTS, SEED, refused);
    }

    @Test
    void theExtractorAndGraphWriterTakeAnyTextAndMentionsShowWhatTheySay() throws Exception {
        Random r = new Random(SEED + 1);
        DocumentGraphBuilder graphs = new DocumentGraphBuilder(Curation.NONE);
        for (int i = 0; i < INPUTS; i++) {
            String text = governmentText(r);
            try {
                Extraction x = EXTRACTOR.extract(text);
                for (Mention m : x.mentions()) {
                    assertThat(m.end()).as("seed %d, input %d", SEED + 1, i).isBetween(m.start(), x.text().length());
                    assertThat(x.text().substring(m.start(), m.end())).as("seed %d, input %d", SEED + 1, i).isEqualTo(m.surface());
                }
                if (i % 3 == 0) {
                    Path f = Files.writeString(dir.resolve("text-" + i + ".txt"), "某某市人民政府办公室关于印发某某方案的通知\n" + text, StandardCharsets.UTF_8);
                    try {
                        assertThat(graphs.build(new DocumentReader().read(f)).graph().size()).isPositive();
                    } catch (IngestException e) {
                        assertThat(e.getMessage()).doesNotContain("\n");
                    }
                    Files.delete(f);
                }
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + (SEED + 1) + ", input " + i + ": " + e, e);
            }
        }
        System.out.printf("extractor fuzzed with %d texts (seed %d), a third also written as graphs: 0 crashes%n", INPUTS, SEED + 1);
    }
}
