package org.govkg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.govkg.eval.DocumentScore;
import org.govkg.eval.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CorpusGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesTheSameDocumentsAndAnotherSeedOthers() {
        CorpusGenerator a = new CorpusGenerator(11), b = new CorpusGenerator(11), c = new CorpusGenerator(12);
        for (int i = 0; i < 50; i++) {
            assertThat(a.generate(i)).isEqualTo(b.generate(i));
            assertThat(c.generate(i).text()).isNotEqualTo(a.generate(i).text());
        }
    }

    /** The gold is right by construction only if every name it lists is written and every relation joins listed entities. */
    @Test
    void everyGoldNameStandsInItsTextAndEveryRelationJoinsGoldEntities() throws Exception {
        ObjectMapper json = new ObjectMapper();
        CorpusGenerator g = new CorpusGenerator(5);
        Set<String> genres = new HashSet<>(), predicates = new HashSet<>(), places = new HashSet<>();
        for (int i = 0; i < 700; i++) {
            CorpusGenerator.Generated d = g.generate(i);
            JsonNode gold = json.readTree(d.gold());
            genres.add(gold.get("genre").asText());
            assertThat(d.text()).contains(gold.get("meta").get("title").asText());
            Set<String> ids = new HashSet<>();
            for (JsonNode e : gold.get("entities")) {
                ids.add(e.get("id").asText());
                assertThat(e.get("aliases")).as(d.name()).isNotEmpty();
                for (JsonNode alias : e.get("aliases")) assertThat(d.text()).as(d.name()).contains(alias.asText());
                if (e.get("type").asText().equals("Region")) places.add(e.get("name").asText());
            }
            for (JsonNode r : gold.get("relations")) {
                predicates.add(r.get("p").asText());
                assertThat(ids).as(d.name() + " " + r).contains(r.get("s").asText());
                assertThat(d.text()).as(d.name()).contains(r.get("evidence").asText());
            }
        }
        assertThat(genres).hasSize(7);
        assertThat(predicates).contains("issued", "memberUnit", "officeIn", "leadUnit", "responsibleUnit", "builds", "implements",
            "proposedBy", "holdsPost", "partner", "jurisdiction", "hasWorkingGroup", "memberCount");
        assertThat(places).as("jurisdictions across the gazetteer").hasSizeGreaterThan(500);
    }

    /** govkg eval reads the generated corpus like the measuring corpora: scores for every document, every type. */
    @Test
    void evalScoresAThousandGeneratedDocuments() throws Exception {
        List<Path> files = new CorpusGenerator(7).write(1000, dir);
        assertThat(files).hasSize(1000);
        try (var listed = Files.list(dir)) {
            assertThat(listed.filter(f -> f.toString().endsWith(".gold.json")).count()).isEqualTo(1000);
        }
        List<DocumentScore> scores = new Evaluation().run(dir);
        assertThat(scores).hasSize(1000);
        Map<String, Long> byGenre = scores.stream()
            .collect(Collectors.groupingBy(s -> s.document().replaceAll("^gen-\\d+-\\d+-|\\.txt$", ""), Collectors.counting()));
        assertThat(byGenre).hasSize(7);
        // the extractor was never tuned on these: a floor that says it reads them at all, not a target
        assertThat(Evaluation.total(scores, DocumentScore::allEntities).f1()).isGreaterThan(0.8);
        assertThat(Evaluation.total(scores, DocumentScore::links).recall()).isGreaterThan(0.3);
    }
}
