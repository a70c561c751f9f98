package org.govkg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Triple;
import org.govkg.ingest.DocumentGraphBuilder;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.Ingester;
import org.govkg.ingest.SourceDocument;
import org.govkg.resolve.Curation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How many quads ingest writes per document, per genre and per part of the graph (mentions, fact
 * statements, sentences, figures, the document node, entities and facts). The genre is the one a
 * gold file beside the document gives ({@code NAME.gold.json}), else the document's own category.
 */
public final class GraphSizeBenchmark {
    /** The parts of a document's graph, told apart by the subject of each triple. */
    enum Part { MENTIONS, STATEMENTS, SENTENCES, FIGURES, DOCUMENT, ENTITIES_AND_FACTS }

    private static final class Tally {
        int documents;
        long chars;
        long quads;
        long max;
        final Map<Part, Long> parts = new EnumMap<>(Part.class);

        void add(long docChars, Map<Part, Long> doc) {
            long n = doc.values().stream().mapToLong(Long::longValue).sum();
            documents++;
            chars += docChars;
            quads += n;
            max = Math.max(max, n);
            doc.forEach((p, c) -> parts.merge(p, c, Long::sum));
        }
    }

    private final PrintWriter out;
    private final List<Path> corpora;
    private final ObjectMapper json = new ObjectMapper();

    public GraphSizeBenchmark(PrintWriter out, List<Path> corpora) {
        this.out = out;
        this.corpora = corpora;
    }

    public void run() throws Exception {
        DocumentGraphBuilder builder = new DocumentGraphBuilder(Curation.NONE);
        DocumentReader reader = new DocumentReader();
        Map<String, Tally> byGenre = new TreeMap<>();
        Tally all = new Tally();
        for (Path file : Ingester.expand(corpora)) {
            SourceDocument doc = reader.read(file);
            DocumentGraphBuilder.Built built = builder.build(doc);
            Map<Part, Long> parts = new EnumMap<>(Part.class);
            for (Part p : Part.values()) parts.put(p, 0L);
            built.graph().getGraph().find().forEachRemaining(t -> parts.merge(partOf(t, built.graphIri()), 1L, Long::sum));
            String genre = genre(file, built);
            byGenre.computeIfAbsent(genre, g -> new Tally()).add(doc.text().length(), parts);
            all.add(doc.text().length(), parts);
        }
        if (all.documents == 0)
            throw new IllegalArgumentException("no documents in " + corpora);
        out.printf("quads per document (one named graph each, the ontology graph not counted), %d documents of %s%n",
            all.documents, corpora);
        out.printf("%-22s %5s %9s %8s %8s %10s%n", "genre", "docs", "chars/doc", "quads", "max", "quads/kchar");
        byGenre.forEach((g, t) -> row(g, t));
        row("all", all);
        out.println();
        out.printf("where the quads go (all documents): %n");
        for (Part p : Part.values())
            out.printf("  %-20s %8.1f per document (%4.1f%%)%n", p.name().toLowerCase().replace('_', ' '),
                (double) all.parts.get(p) / all.documents, 100.0 * all.parts.get(p) / all.quads);
        out.flush();
    }

    private void row(String genre, Tally t) {
        out.printf("%-22s %5d %9d %8.1f %8d %10.1f%n", genre, t.documents, t.chars / t.documents,
            (double) t.quads / t.documents, t.max, 1000.0 * t.quads / Math.max(1, t.chars));
    }

    private static Part partOf(Triple t, String graphIri) {
        if (!t.getSubject().isURI()) return Part.ENTITIES_AND_FACTS;
        String s = t.getSubject().getURI();
        if (s.equals(graphIri)) return Part.DOCUMENT;
        if (!s.startsWith(graphIri + "#")) return Part.ENTITIES_AND_FACTS;
        return switch (s.charAt(graphIri.length() + 1)) {
            case 'm' -> Part.MENTIONS;
            case 'a' -> Part.STATEMENTS;
            case 's' -> Part.SENTENCES;
            case 'f' -> Part.FIGURES;
            default -> Part.ENTITIES_AND_FACTS;
        };
    }

    private String genre(Path file, DocumentGraphBuilder.Built built) throws IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path gold = file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".gold.json");
        if (Files.isRegularFile(gold)) {
            JsonNode g = json.readTree(gold.toFile()).get("genre");
            if (g != null && g.isTextual()) return g.asText();
        }
        String category = built.extraction().metadata().category();
        return category != null ? category : "(no genre)";
    }
}
