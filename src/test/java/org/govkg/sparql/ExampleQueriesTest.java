package org.govkg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.Ingester;
import org.govkg.store.EmbeddedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
    void exampleQueryAnswersOnTheSampleData(Path file) throws IOException {
        String text = Files.readString(file);
        int rows = store.read(c -> {
            try (QueryExecution qe = c.query(QueryRunner.parse(text))) {
                return ResultSetFormatter.consume(qe.execSelect());
            }
        });
        assertThat(rows).as(file.toString()).isPositive();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleQueryIsShownInTheReadme(Path file) throws IOException {
        String firstComment = Files.readString(file).lines().findFirst().orElseThrow().replaceFirst("^#\\s*", "");
        assertThat(Files.readString(Path.of("README.md"))).contains(firstComment);
    }
}
