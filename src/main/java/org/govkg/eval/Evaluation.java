package org.govkg.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.govkg.extract.DocumentExtractor;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.IngestException;

/** Runs the extractor over every {@code NAME.txt} that has a {@code NAME.gold.json} beside it, and reports. */
public final class Evaluation {
    private final DocumentExtractor extractor = new DocumentExtractor();
    private final DocumentReader reader = new DocumentReader();
    private final Scorer scorer = new Scorer();

    /** The scores of every gold-annotated document in {@code dir}, in file-name order. */
    public List<DocumentScore> run(Path dir) throws IOException, IngestException {
        List<DocumentScore> scores = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path gold : files.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList()) {
                GoldDocument g = GoldDocument.read(gold);
                Path text = dir.resolve(g.doc() != null ? g.doc() : gold.getFileName().toString().replace(".gold.json", ".txt"));
                scores.add(scorer.score(text.getFileName().toString(), extractor.extract(reader.read(text).text()), g));
            }
        }
        return scores;
    }

    /** Entity counts per type summed over the documents. */
    public static Map<String, Counts> byType(List<DocumentScore> scores) {
        Map<String, Counts> out = new LinkedHashMap<>();
        for (DocumentScore s : scores)
            s.entities().forEach((t, c) -> out.merge(t, c, Counts::plus));
        return out;
    }

    public static Counts total(List<DocumentScore> scores, java.util.function.Function<DocumentScore, Counts> f) {
        return scores.stream().map(f).reduce(Counts.ZERO, Counts::plus);
    }

    public static void print(List<DocumentScore> scores, boolean details, PrintWriter out) {
        out.printf("%-44s %6s %6s %6s %7s %7s %7s %7s %7s %7s%n", "document", "P", "R", "F1", "links", "linkP", "preds", "posts", "B3-P", "B3-R");
        for (DocumentScore s : scores)
            row(out, s.document(), s.allEntities(), s.links(), s.linkPrecision(), s.predicates(), s.posts(), BCubed.score(s.clustering()));
        row(out, "ALL", total(scores, DocumentScore::allEntities), total(scores, DocumentScore::links),
            total(scores, DocumentScore::linkPrecision), total(scores, DocumentScore::predicates), total(scores, DocumentScore::posts),
            clustering(scores));
        out.printf("%n%-16s %5s %5s %5s %6s %6s %6s%n", "type", "tp", "fp", "fn", "P", "R", "F1");
        byType(scores).forEach((t, c) -> out.printf("%-16s %5d %5d %5d %6.3f %6.3f %6.3f%n",
            t, c.tp(), c.fp(), c.fn(), c.precision(), c.recall(), c.f1()));
        if (details)
            for (DocumentScore s : scores) {
                out.println("\n== " + s.document());
                s.missed().forEach(m -> out.println("  missed " + m));
                s.extra().forEach(e -> out.println("  extra  " + e));
            }
        out.flush();
    }

    private static void row(PrintWriter out, String name, Counts e, Counts links, Counts linkP, Counts preds, Counts posts, BCubed.Score b3) {
        out.printf("%-44s %6.3f %6.3f %6.3f %7.3f %7.3f %7.3f %7.3f %7.3f %7.3f%n", name, e.precision(), e.recall(), e.f1(),
            links.recall(), linkP.precision(), preds.recall(), posts.recall(), b3.precision(), b3.recall());
    }

    /** B-cubed over the mentions of all documents together: one entity across documents is one cluster. */
    public static BCubed.Score clustering(List<DocumentScore> scores) {
        List<BCubed.Item> all = new ArrayList<>();
        scores.forEach(s -> all.addAll(s.clustering()));
        return BCubed.score(all);
    }
}
