package org.govkg.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.govkg.extract.DocumentExtractor;
import org.govkg.extract.model.Extraction;
import org.govkg.extract.model.Mention;
import org.govkg.ingest.DocumentGraphBuilder;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.IngestException;
import org.govkg.ingest.SourceDocument;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Property-based fuzzing (jqwik) of what reads untrusted input: the document readers on random and
 * mutated bytes, the extractor and the graph writer on random texts built from the genre's own
 * pieces. Nothing may escape but a one-line {@link IngestException}; every mention lies inside the
 * text and shows what it says. CI runs the tries set in junit-platform.properties; run longer with
 * {@code ./govkg test -Dtest=ReaderAndExtractorFuzzTest -Djqwik.tries.default=20000}.
 */
class ReaderAndExtractorFuzzTest {
    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();
    private static final AtomicLong INPUTS = new AtomicLong(), REFUSED = new AtomicLong();

    /** Pieces of government writing, so that random texts reach deep into the rules. */
    private static final List<String> PIECES = List.of("某某市", "某某县", "人民政府", "办公室", "关于", "印发", "成立", "调整",
        "领导小组", "工作组", "组长", "副组长", "成员", "办公室设在", "发展和改革委员会", "市发展改革委", "大数据局", "（牵头单位：",
        "；责任单位：", "）", "、", "，", "。", "：", "《", "》", "〔2024〕", "号", "的通知", "实施方案", "规划", "项目", "平台",
        "建设", "签署", "合作协议", "提案", "答复", "\n", "\n\n", "一、", "（一）", "1.", "王某某", "同志", "任", "为", "57家",
        "2.3亿元", "2024年5月6日", "- 发文机关：", "【标题】", "索引号", "\u3000", " ", "“", "”", "（", "(", ")", "\t", "&", "<", ">", "\\");

    @Provide
    Arbitrary<String> governmentText() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        // any character a file can hold (no lone surrogates: they cannot be written as UTF-8)
        Arbitrary<String> noise = Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFD').ofMaxLength(4);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, piece), net.jqwik.api.Tuple.of(1, noise))
            .list().ofMaxSize(300).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<byte[]> fileBytes() throws Exception {
        List<byte[]> samples = List.of(
            Files.readAllBytes(Path.of("src/test/resources/documents/plan-notice.docx")),
            Files.readAllBytes(Path.of("src/test/resources/documents/work-summary.pdf")),
            Files.readAllBytes(Path.of("src/test/resources/documents/gov-page.html")),
            Files.readAllBytes(Path.of("src/test/resources/documents/notice-gbk.txt")));
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
        Arbitrary<byte[]> mutated = Combinators.combine(Arbitraries.of(samples), Arbitraries.integers().between(1, 64), Arbitraries.longs())
            .as((sample, flips, seed) -> {
                byte[] b = sample.clone();
                java.util.Random r = new java.util.Random(seed);
                for (int i = 0; i < flips; i++) b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                return r.nextBoolean() ? b : java.util.Arrays.copyOf(b, r.nextInt(b.length) + 1);
            });
        return Arbitraries.oneOf(random, mutated);
    }

    @Property
    void theReadersTakeAnyBytesOrRefuseThemInOneLine(@ForAll("fileBytes") byte[] bytes,
                                                     @ForAll("extensions") String extension) throws Exception {
        INPUTS.incrementAndGet();
        Path f = Files.createTempFile("govkg-fuzz", "." + extension);
        try {
            Files.write(f, bytes);
            try {
                SourceDocument doc = new DocumentReader().read(f);
                assertThat(doc.text()).isNotNull();
            } catch (IngestException e) {
                REFUSED.incrementAndGet();
                assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
            }
        } finally {
            Files.deleteIfExists(f);
        }
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of("txt", "html", "docx", "pdf", "doc");
    }

    @Property
    void theExtractorTakesAnyTextAndItsMentionsShowWhatTheySay(@ForAll("governmentText") String text) {
        INPUTS.incrementAndGet();
        Extraction x = EXTRACTOR.extract(text);
        for (Mention m : x.mentions()) {
            assertThat(m.start()).isBetween(0, x.text().length());
            assertThat(m.end()).isBetween(m.start(), x.text().length());
            assertThat(x.text().substring(m.start(), m.end())).isEqualTo(m.surface());
        }
    }

    @Property(tries = 200)
    void theGraphWriterTakesAnyExtraction(@ForAll("governmentText") String text) throws Exception {
        INPUTS.incrementAndGet();
        Path f = Files.createTempFile("govkg-fuzz", ".txt");
        try {
            Files.writeString(f, "某某市人民政府办公室关于印发某某方案的通知\n" + text, StandardCharsets.UTF_8);
            SourceDocument doc;
            try {
                doc = new DocumentReader().read(f);
            } catch (IngestException e) {
                return;
            }
            DocumentGraphBuilder.Built built = new DocumentGraphBuilder(org.govkg.resolve.Curation.NONE).build(doc);
            assertThat(built.graph().size()).isPositive();
        } finally {
            Files.deleteIfExists(f);
        }
    }

    @AfterContainer
    static void report() {
        System.out.printf("fuzzed %d inputs, %d refused with a one-line reason, 0 crashes%n", INPUTS.get(), REFUSED.get());
    }
}
