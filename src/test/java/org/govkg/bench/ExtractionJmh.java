package org.govkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.govkg.extract.DocumentExtractor;
import org.govkg.extract.header.HeaderParser;
import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.model.Extraction;
import org.govkg.extract.model.DocumentMetadata;
import org.govkg.resolve.Gazetteer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmarks of the hot inner pieces of extraction, on the sample documents: the whole
 * extractor, the header parser, and the gazetteer's scan for divisions written in full (the one
 * pass that looks at every position of the text). Run with {@code docs/bench/jmh.sh}; not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionJmh {
    /** A sample document by its file name under {@code data/documents}. */
    @Param({"01-honghe-ai-proposal-reply.txt", "02-honghe-digital-group-notice.txt", "03-honghe-digital-government-plan.txt"})
    public String document;

    private String text;
    private DocumentExtractor extractor;
    private HeaderParser header;
    private Gazetteer gazetteer;

    @Setup
    public void setUp() throws IOException {
        text = Files.readString(Path.of("data", "documents", document));
        extractor = new DocumentExtractor();
        header = new HeaderParser(Lexicon.standard());
        gazetteer = Gazetteer.standard();
    }

    @Benchmark
    public Extraction extractWholeDocument() {
        return extractor.extract(text);
    }

    @Benchmark
    public DocumentMetadata parseHeader() {
        return header.parse(text);
    }

    @Benchmark
    public void scanForDivisionsInFull(Blackhole bh) {
        gazetteer.forEachFullName(text, (name, at) -> bh.consume(at));
    }
}
