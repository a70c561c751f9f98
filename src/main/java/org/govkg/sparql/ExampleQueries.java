package org.govkg.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The gallery of example queries packaged in the jar ({@code queries/examples/*.rq}). Each file
 * starts with its explanation in English ({@code # …}) and Chinese ({@code # zh: …}).
 */
public final class ExampleQueries {
    /** One example: file name, explanations and the query (its PREFIX lines included, comment lines not). */
    public record Example(String id, String en, String zh, String body) {
        public String explanation(String lang) { return "en".equals(lang) ? en : zh; }

        /** The query as the workbench shows it: the explanation in the page's language as its comment line. */
        public String query(String lang) { return "# " + explanation(lang) + "\n" + body; }
    }

    private ExampleQueries() {}

    public static List<Example> all() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:queries/examples/*.rq");
            List<Example> out = new ArrayList<>();
            for (Resource r : Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                String text;
                try (InputStream in = r.getInputStream()) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                List<String> lines = text.lines().toList();
                String en = lines.get(0).replaceFirst("^#\\s*", "");
                String zh = lines.size() > 1 && lines.get(1).startsWith("# zh: ") ? lines.get(1).substring(6) : en;
                String query = text.lines().dropWhile(l -> l.startsWith("#"))
                    .reduce((a, b) -> a + "\n" + b).orElse("");
                out.add(new Example(r.getFilename().replace(".rq", ""), en, zh, query + "\n"));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the example queries", e);
        }
    }
}
