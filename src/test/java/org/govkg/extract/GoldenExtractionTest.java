package org.govkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.DocumentFile;
import org.govkg.ingest.DocumentGraphBuilder;
import org.govkg.resolve.Curation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole graph ingest stores for each sample document (as {@code govkg extract --format trig} shows it), compared with its golden file
 * ({@code src/test/resources/golden/NAME.nt}, sorted N-Triples) by graph isomorphism. A change of
 * extraction shows as a diff of facts in the golden files. Regenerate them with
 * {@code mvn test -Dtest=GoldenExtractionTest -Dgovkg.golden.update=true} and read the diff before committing.
 */
class GoldenExtractionTest {
    private static final Path DOCUMENTS = Path.of("data/documents");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static List<Path> sampleDocuments() throws IOException {
        try (Stream<Path> files = Files.list(DOCUMENTS)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleDocuments")
    void sampleDocumentGraphMatchesItsGoldenFile(Path document) throws Exception {
        Graph actual = graphOf(document);
        Path golden = GOLDEN.resolve(document.getFileName().toString().replaceFirst("\\.[^.]+$", "") + ".nt");
        if (Boolean.getBoolean("govkg.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, String.join("\n", sortedLines(actual)) + "\n", StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; create it with -Dgovkg.golden.update=true").exists();
        Graph expected = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(Files.readString(golden))).lang(Lang.NTRIPLES).parse(expected);
        if (!expected.isIsomorphicWith(actual)) {
            TreeSet<String> want = sortedLines(expected), got = sortedLines(actual);
            TreeSet<String> missing = new TreeSet<>(want), extra = new TreeSet<>(got);
            missing.removeAll(got);
            extra.removeAll(want);
            assertThat(String.join("\n", extra)).as("facts in the graph but not in " + golden + "; missing:\n" + String.join("\n", missing))
                .isEmpty();
            assertThat(String.join("\n", missing)).as("facts in " + golden + " but not in the graph").isEmpty();
        }
    }

    private static Graph graphOf(Path document) throws Exception {
        DocumentGraphBuilder graphs = new DocumentGraphBuilder(Curation.NONE);
        Model graph = graphs.build(graphs.curated(new DocumentReader().read(DocumentFile.under(DOCUMENTS, document)))).graph();
        return graph.getGraph();
    }

    private static TreeSet<String> sortedLines(Graph g) {
        TreeSet<String> lines = new TreeSet<>();
        g.find().forEachRemaining((Triple t) -> lines.add(NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " " + NodeFmtLib.strNT(t.getObject()) + " ."));
        return lines;
    }
}
