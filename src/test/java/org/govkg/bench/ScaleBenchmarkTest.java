package org.govkg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale benchmark on a tiny corpus: it ingests, serves, times what it says, and writes its table and plot. */
class ScaleBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void aSizeIsIngestedServedAndTimedAndItsRowAndPlotAreWritten() throws Exception {
        StringWriter text = new StringWriter();
        List<ScaleBenchmark.Row> rows = new ScaleBenchmark(new PrintWriter(text), List.of(30), 1, 5, dir).run();

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.documents()).isEqualTo(30);
            assertThat(r.quads()).isGreaterThan(30 * 50);
            assertThat(r.page().median()).isPositive();
            assertThat(r.page().p95()).isGreaterThanOrEqualTo(r.page().median());
            assertThat(r.worstQuery()).matches("\\d\\d-.+");
        });
        assertThat(text.toString()).contains("30 documents: ingested and compacted").contains("example queries over HTTP");
        List<String> table = Files.readAllLines(dir.resolve("scale.tsv"));
        assertThat(table).hasSize(2);
        assertThat(table.get(1)).startsWith("30\t");
        assertThat(Files.readAllLines(dir.resolve("scale-queries.tsv"))).hasSize(1 + org.govkg.sparql.ExampleQueries.all().size()).allMatch(l -> l.startsWith("documents") || l.startsWith("30\t"));
        assertThat(ImageIO.read(dir.resolve("scale.png").toFile()).getWidth()).isEqualTo(900);
    }

    @Test
    void aSizeNotMeasuredAgainKeepsItsEarlierRow() throws Exception {
        new ScaleBenchmark(new PrintWriter(new StringWriter()), List.of(20), 1, 3, dir).run();
        new ScaleBenchmark(new PrintWriter(new StringWriter()), List.of(25), 1, 3, dir).run();
        List<String> table = Files.readAllLines(dir.resolve("scale.tsv"));
        assertThat(table).hasSize(3);
        assertThat(table.get(1)).startsWith("20\t");
        assertThat(table.get(2)).startsWith("25\t");
    }
}
