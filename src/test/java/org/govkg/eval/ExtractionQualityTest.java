package org.govkg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Extraction quality may not fall below what was measured when these floors were set (the figures
 * {@code govkg eval} prints; see the README). Raise a floor when the extractor improves.
 */
class ExtractionQualityTest {
    private static final Path DEV = Path.of("../shared/corpus/dev");
    private static final Path SAMPLES = Path.of("data/documents");
    private static final Path REAL = Path.of("../shared/corpus/real");

    private static void assertFloors(List<DocumentScore> scores, double precision, double recall, double links, double posts) {
        Counts entities = Evaluation.total(scores, DocumentScore::allEntities);
        assertThat(entities.precision()).as("entity precision").isGreaterThanOrEqualTo(precision);
        assertThat(entities.recall()).as("entity recall").isGreaterThanOrEqualTo(recall);
        assertThat(Evaluation.total(scores, DocumentScore::links).recall()).as("link recall").isGreaterThanOrEqualTo(links);
        assertThat(Evaluation.total(scores, DocumentScore::posts).recall()).as("post recall").isGreaterThanOrEqualTo(posts);
    }

    @Test
    void devSetStaysAtItsMeasuredQuality() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DEV), "the shared dev corpus is not beside this checkout");
        List<DocumentScore> scores = new Evaluation().run(DEV);
        assertThat(scores).hasSizeGreaterThanOrEqualTo(8);
        assertFloors(scores, 0.924, 0.958, 0.877, 1.0);
        BCubed.Score b3 = Evaluation.clustering(scores);
        assertThat(b3.precision()).as("B-cubed precision across documents").isGreaterThanOrEqualTo(1.0);
        assertThat(b3.recall()).as("B-cubed recall across documents").isGreaterThanOrEqualTo(0.985);
    }

    @Test
    void publishedPagesStayAtTheirMeasuredQuality() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(REAL), "the shared corpus of published pages is not beside this checkout");
        List<DocumentScore> scores = new Evaluation().run(REAL);
        assertThat(scores).hasSizeGreaterThanOrEqualTo(36);
        assertFloors(scores, 0.911, 0.880, 0.617, 0.888);
        assertThat(Evaluation.total(scores, DocumentScore::linkPrecision).precision()).as("link precision").isGreaterThanOrEqualTo(0.981);
        assertThat(Evaluation.byType(scores).get("Person").recall()).as("person recall").isGreaterThanOrEqualTo(0.947);
    }

    @Test
    void devAndSampleLinksStayAsPreciseAsMeasured() throws Exception {
        assertThat(Evaluation.total(new Evaluation().run(SAMPLES), DocumentScore::linkPrecision).precision()).isGreaterThanOrEqualTo(0.870);
        Assumptions.assumeTrue(Files.isDirectory(DEV), "the shared dev corpus is not beside this checkout");
        // 0.911 before a plan was said to concern the platforms its text names: the published pages'
        // gold states those links, the dev set's does not (two of them in one dev plan)
        assertThat(Evaluation.total(new Evaluation().run(DEV), DocumentScore::linkPrecision).precision()).isGreaterThanOrEqualTo(0.904);
    }

    @Test
    void aLinkTheGoldDoesNotStateCountsAgainstLinkPrecision() throws Exception {
        Path dir = Files.createTempDirectory("gold");
        Files.writeString(dir.resolve("a.txt"), "某某市人民政府与某某科技有限公司签订《某某合作协议》。\n");
        Files.writeString(dir.resolve("a.gold.json"), """
            {"doc": "a.txt", "entities": [
              {"id": "o1", "type": "Organization", "name": "某某市人民政府", "aliases": ["某某市人民政府"]},
              {"id": "o2", "type": "Organization", "name": "某某科技有限公司", "aliases": ["某某科技有限公司"]},
              {"id": "p1", "type": "Plan", "name": "某某合作协议", "aliases": ["某某合作协议"]}],
             "relations": [{"s": "o1", "p": "partner", "o": "o2"}, {"s": "o1", "p": "issued", "o": "p1"}]}
            """);
        DocumentScore s = new Evaluation().run(dir).get(0);
        // stated: partner, 市人民政府 issued; not stated here: 科技有限公司 issued the agreement
        assertThat(s.linkPrecision().tp()).isEqualTo(2);
        assertThat(s.linkPrecision().fp()).isEqualTo(1);
        assertThat(s.extra()).anyMatch(e -> e.startsWith("link 某某科技有限公司 issued"));
    }

    @Test
    void sampleDocumentsStayAtTheirMeasuredQuality() throws Exception {
        List<DocumentScore> scores = new Evaluation().run(SAMPLES);
        assertThat(scores).hasSize(10);
        assertFloors(scores, 1.0, 1.0, 0.967, 1.0);
        assertThat(Evaluation.clustering(scores).recall()).as("B-cubed recall across documents").isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void scorerCountsAMissedGoldEntityAndAnExtraOne() throws Exception {
        Path dir = Files.createTempDirectory("gold");
        Files.writeString(dir.resolve("a.txt"), "某某市人民政府与某某科技有限公司签订合作协议。\n");
        Files.writeString(dir.resolve("a.gold.json"), """
            {"doc": "a.txt", "entities": [
              {"id": "o1", "type": "Organization", "name": "某某市人民政府", "aliases": ["某某市人民政府"]},
              {"id": "o2", "type": "Organization", "name": "某某大学", "aliases": ["某某大学"]}],
             "relations": [{"s": "o1", "p": "partner", "o": "o2"}]}
            """);
        DocumentScore s = new Evaluation().run(dir).get(0);
        Counts orgs = s.entities().get("Organization");
        assertThat(orgs.tp()).isEqualTo(1);
        assertThat(orgs.fn()).isEqualTo(1);
        assertThat(orgs.fp()).isEqualTo(1); // 某某科技有限公司 is not in this gold
        assertThat(s.links().recall()).isZero();
        assertThat(s.missed()).contains("Organization 某某大学");
    }
}
