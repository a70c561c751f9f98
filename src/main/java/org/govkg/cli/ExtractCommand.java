package org.govkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.govkg.extract.model.Extraction;
import org.govkg.ingest.DocumentGraphBuilder;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.IngestException;
import org.govkg.ingest.SourceDocument;
import org.govkg.resolve.Curation;
import org.govkg.vocab.Prefixes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govkg extract}: what ingest would store for one document, without a store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Show what ingest would write for one document: mentions, links, posts, figures and provenance, "
        + "with the same curation file ingest applies (all but the time it was stored, which ingest adds).",
        "Example: govkg extract data/documents/01-honghe-ai-proposal-reply.txt --format trig"})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The document.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
        description = "json (the extraction) or trig (the named graph ingest would store). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--curation", paramLabel = "FILE", defaultValue = "data/curation.tsv",
        description = "Curation file (merge/split/label rules) applied as ingest applies it, if it exists. Default: ${DEFAULT-VALUE}.")
    Path curation;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DocumentGraphBuilder graphs = new DocumentGraphBuilder(Curation.read(curation));
        SourceDocument doc;
        try {
            doc = graphs.curated(new DocumentReader().read(file));
        } catch (IngestException e) {
            spec.commandLine().getErr().println("error: " + e.oneLine());
            return 1;
        }
        DocumentGraphBuilder.Built built = graphs.build(doc);
        switch (format) {
            case "json" -> json(built.extraction());
            case "trig" -> trig(built);
            default -> throw new IllegalArgumentException("unknown format " + format + "; use json or trig");
        }
        return 0;
    }

    private static void json(Extraction x) throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
            .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        mapper.writeValue(System.out, x);
        System.out.println();
    }

    private static void trig(DocumentGraphBuilder.Built built) {
        Dataset ds = DatasetFactory.create();
        ds.addNamedModel(built.graphIri(), built.graph());
        ds.getDefaultModel().setNsPrefixes(Prefixes.standard());
        RDFDataMgr.write(System.out, ds, RDFFormat.TRIG_BLOCKS);
    }
}
