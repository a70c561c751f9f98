package org.govkg.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.govkg.diagram.DiagramRequest;
import org.govkg.diagram.Diagrams;
import org.govkg.diagram.LayoutEngine;
import org.govkg.diagram.OutputFormat;
import org.govkg.store.EntityLookup;
import org.govkg.store.KnowledgeStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govkg diagram}: draws one relationship diagram from the store. */
@Command(name = "diagram", mixinStandardHelpOptions = true,
    description = {"Draw a relationship diagram as SVG, PNG or DOT.",
        "KIND is one of: neighbourhood (an entity and what is within --depth links), group (a leadership group's "
            + "org chart), plan (a plan with its projects and units), document (everything a document states), "
            + "path (the shortest chains of links between two entities; --depth is the longest chain).",
        "ENTITY is an IRI or a name (canonical name, alias or document title); a name several entities share "
            + "lists them and exits with status 3.",
        "Example: govkg diagram group 建设“数字红河”领导小组 --format png --out group.png",
        "Example: govkg diagram neighbourhood 红河州发展和改革委员会 --depth 2 --types organization,group",
        "Example: govkg diagram path 华为公司 红河州数据发展中心 --out path.svg"})
final class DiagramCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "KIND", description = "neighbourhood, group, plan, document, path or lineage.")
    String kind;

    @Parameters(index = "1..2", arity = "1..2", paramLabel = "ENTITY", description = "The entity (two for path).")
    List<String> entities = new ArrayList<>();

    @Option(names = "--depth", paramLabel = "N",
        description = "Links to follow: 1 to 3 for neighbourhood (default 1); longest chain 1 to 6 for path (default 4).")
    Integer depth;

    @Option(names = "--cap", paramLabel = "N", defaultValue = "60",
        description = "Most entities drawn; the rest are folded into \"+N more\" nodes. Default: ${DEFAULT-VALUE}.")
    int cap;

    @Option(names = "--links", paramLabel = "TYPES",
        description = "Only follow these link types, comma-separated (leadUnit, memberUnit, partOf, org:postIn …).")
    String links;

    @Option(names = "--types", paramLabel = "TYPES",
        description = "Only show these entity types, comma-separated: organization, group, plan, project, person, region, post, document.")
    String types;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
        description = "Language of link labels, legend and notes: zh or en. Default: ${DEFAULT-VALUE}.")
    String lang;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "svg",
        description = "svg, png or dot. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--as-of", paramLabel = "DATE",
        description = "group only: draw the composition of the latest notice on or before DATE (yyyy-MM-dd) instead of every notice's facts together.")
    String asOf;

    @Option(names = "--changes",
        description = "group with --as-of: also mark what that notice added (green, ＋) and removed (red, dashed, －) against the notice before it.")
    boolean changes;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto",
        description = "Layout engine: auto (native Graphviz when installed), native or javascript. Default: ${DEFAULT-VALUE}.")
    String engine;

    @Option(names = "--link-base", paramLabel = "URL", defaultValue = "http://localhost:8080/entity?iri=",
        description = "Prefix of each node's link (the entity's encoded IRI is appended); empty for no links. "
            + "Default: ${DEFAULT-VALUE}.")
    String linkBase;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DiagramRequest request = DiagramRequest.parse(kind, entities, depth, cap, links, types, lang).asOf(asOf, changes);
        OutputFormat f = OutputFormat.parse(format);
        PrintWriter err = spec.commandLine().getErr();
        try (KnowledgeStore ks = store.openForReading(spec.commandLine().getErr())) {
            Diagrams.Rendered r = new Diagrams(ks, LayoutEngine.named(engine)).render(request, f, linkBase);
            if (out == null) {
                OutputStream stdout = System.out;
                stdout.write(r.bytes());
                stdout.flush();
            } else {
                Files.write(out, r.bytes());
            }
            if (r.diagram().isCapped())
                err.println("note: the node cap was hit: " + r.diagram().shownEntities() + " of "
                    + r.diagram().totalEntities() + " entities drawn, the rest folded (raise --cap to see more)");
            if (out != null) err.println("wrote " + out + " (" + r.diagram().shownEntities() + " entities)");
            return 0;
        } catch (EntityLookup.AmbiguousEntityException e) {
            err.println("error: " + e.getMessage() + ":");
            for (EntityLookup.Candidate c : e.candidates())
                err.println("  " + c.iri() + "  " + c.label() + "  (" + c.typeIri().replaceAll(".*[#/]", "") + ")");
            return 3;
        }
    }
}
