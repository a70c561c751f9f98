package org.govkg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.Ingester;
import org.govkg.store.EmbeddedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example query the README shows answers with at least one row on the sample documents. */
class ExampleQueriesTest {
    private static final Path EXAMPLES = Path.of("src/main/resources/queries/examples");
    private static EmbeddedStore store;

    @BeforeAll
    static void load() throws IOException {
        store = EmbeddedStore.inMemory();
        new Ingester(store, new DocumentReader()).ingest(Ingester.expand(List.of(Path.of("data/documents"))), o -> { });
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<Path> examples() throws IOException {
        return Files.list(EXAMPLES).filter(p -> p.toString().endsWith(".rq")).sorted();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleQueryGivesItsDocumentedAnswerOnTheSampleData(Path file) throws IOException {
        String text = Files.readString(file);
        String expect = text.lines().filter(l -> l.startsWith("# expect: ")).findFirst()
            .orElseThrow(() -> new AssertionError(file + " has no '# expect:' line")).substring("# expect: ".length()).strip();
        boolean graph = QueryRunner.parse(text).isConstructType();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new QueryRunner(store).run(text, graph ? QueryRunner.Format.parse("ntriples") : QueryRunner.Format.parse("csv"), out);
        String answer = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(answer.lines().count()).as(file.toString()).isGreaterThan(graph ? 0 : 1);
        assertThat(answer).as(file.toString()).contains(expect);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleQueryDeclaresItsPrefixesSoThatAnyClientParsesIt(Path file) throws IOException {
        // plain ARQ, no govkg prefixes predefined: what a user who copies the file into another client gets
        org.apache.jena.query.Query q = org.apache.jena.query.QueryFactory.create(Files.readString(file));
        assertThat(q.getPrefixMapping().getNsPrefixMap()).as(file.toString()).isNotEmpty();
    }

    @Test
    void theWorkbenchShowsAnExampleWithItsExplanationInThePageLanguage() {
        ExampleQueries.Example first = ExampleQueries.all().get(0);
        assertThat(first.query("zh")).startsWith("# " + first.zh() + "\n").doesNotContain(first.en());
        assertThat(first.query("en")).startsWith("# " + first.en() + "\n").contains("PREFIX gkg:");
    }

    @Test
    void aQueryMayDeclareItsOwnPrefixesBesideThePredefinedOnes() {
        assertThat(QueryRunner.parse("PREFIX gkg: <https://govkg.org/ontology#> PREFIX ex: <http://example.org/> "
            + "SELECT ?g { ?g a gkg:LeadershipGroup ; ex:p skos:x }").getPrefix("ex")).isEqualTo("http://example.org/");
    }

    @Test
    void theGalleryHasAtLeastTwelveExamplesEachExplainedInBothLanguages() throws IOException {
        List<Path> all = examples().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(12);
        for (Path f : all) {
            List<String> lines = Files.readAllLines(f);
            assertThat(lines.get(0)).as(f.toString()).startsWith("# ");
            assertThat(lines.get(1)).as(f.toString()).startsWith("# zh: ");
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleQueryIsShownInTheReadme(Path file) throws IOException {
        String firstComment = Files.readString(file).lines().findFirst().orElseThrow().replaceFirst("^#\\s*", "");
        assertThat(Files.readString(Path.of("README.md"))).contains(firstComment);
    }
}
