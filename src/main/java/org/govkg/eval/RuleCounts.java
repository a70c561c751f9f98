package org.govkg.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.govkg.extract.DocumentExtractor;
import org.govkg.extract.model.Mention;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.IngestException;

/** How many mentions each resolution rule linked, over the documents of a folder. */
public final class RuleCounts {
    private RuleCounts() {}

    public static void print(Path dir, PrintWriter out) throws IOException, IngestException {
        Map<String, Integer> counts = new TreeMap<>();
        DocumentExtractor extractor = new DocumentExtractor();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList())
                for (Mention m : extractor.extract(new DocumentReader().read(f).text()).mentions())
                    if (m.resolution() != null)
                        for (String step : m.resolution().split("; "))
                            counts.merge(key(step), 1, Integer::sum);
        }
        out.println("\nresolution rule                                       mentions");
        counts.forEach((k, n) -> out.printf("%-52s %5d%n", k, n));
        out.flush();
    }

    /** An abbreviation step counts under its table row (发展改革委 → 发展和改革委员会), other steps under their kind. */
    static String key(String step) {
        int colon = step.indexOf(": ");
        return colon < 0 ? step : step.substring(0, colon);
    }
}
