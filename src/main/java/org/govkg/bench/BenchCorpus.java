package org.govkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.govkg.ingest.Ingester;

/** The benchmarks' corpus files: copies of seed documents, each made distinct by a line of its own. */
final class BenchCorpus {
    private BenchCorpus() {}

    /** {@code n} documents in {@code dir}, the seeds' documents in turn, each with its number appended. */
    static List<Path> variedCopies(List<Path> seeds, int n, Path dir) throws IOException {
        List<Path> found = Ingester.expand(seeds).stream().filter(f -> f.getFileName().toString().endsWith(".txt")).toList();
        if (found.isEmpty())
            throw new IllegalArgumentException("no .txt documents in " + seeds);
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text = Files.readString(found.get(i % found.size()));
            Path f = dir.resolve(String.format("bench-%06d.txt", i));
            Files.writeString(f, text + "\n（第" + i + "份）\n");
            files.add(f);
        }
        return files;
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
