package org.govkg.bench;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.govkg.store.KnowledgeStore;
import org.govkg.vocab.GKG;

/**
 * Generated graphs of a chosen size for each diagram kind, for the benchmark and for tests of
 * shapes the sample documents do not have (hubs with thousands of neighbours). Names are
 * invented ("某市第7局"), never taken from a corpus.
 */
public final class SyntheticGraphs {
    public static final String GROUP = "某市数字化改革领导小组";
    public static final String CHARTED_GROUP = "某市数字政府建设领导小组";
    public static final String PLAN = "某市数字政府建设行动方案";
    public static final String DOCUMENT = GKG.DOCUMENT_BASE + "synthetic-notice";
    public static final String PATH_FROM = "某市人民政府", PATH_TO = "某市数据中心";

    private SyntheticGraphs() {}

    public static Resource entity(Model m, String segment, String id, Resource type, String label) {
        return m.createResource(GKG.ENTITY_BASE + segment + "/" + id).addProperty(RDF.type, type)
            .addProperty(SKOS.prefLabel, label, "zh");
    }

    /** A group with {@code members} member units, each leading {@code projects} projects. */
    public static void hub(KnowledgeStore store, int members, int projects) {
        Model m = ModelFactory.createDefaultModel();
        Resource group = entity(m, "group", "hub", GKG.LeadershipGroup, GROUP);
        for (int i = 0; i < members; i++) {
            Resource org = entity(m, "organization", "o" + i, GKG.Organization, "某市第" + i + "局");
            group.addProperty(GKG.memberUnit, org);
            for (int j = 0; j < projects; j++)
                entity(m, "project", "p" + i + "-" + j, GKG.Project, "第" + i + "局项目" + j).addProperty(GKG.leadUnit, org);
        }
        store.replaceGraph(GKG.DOCUMENT_BASE + "hub", m);
    }

    /**
     * For the group chart: a group with {@code n} working groups, each led by a bureau. For the plan
     * map: a plan with {@code n} projects, each led by a bureau. For the path: {@code n} parallel
     * chains of two intermediate entities. For the document overview: a document stating that
     * {@code n} projects of the plan are each led by a bureau.
     */
    public static void structures(KnowledgeStore store, int n) {
        Model m = ModelFactory.createDefaultModel();
        Resource group = entity(m, "group", "g", GKG.LeadershipGroup, CHARTED_GROUP);
        Resource plan = entity(m, "plan", "p", GKG.Plan, PLAN);
        Resource office = entity(m, "organization", "office", GKG.Organization, "某市发展和改革委员会");
        group.addProperty(GKG.officeIn, office);
        office.addProperty(GKG.issued, plan);
        Resource from = entity(m, "organization", "from", GKG.Organization, PATH_FROM);
        Resource to = entity(m, "project", "to", GKG.Project, PATH_TO);
        Model stated = ModelFactory.createDefaultModel();
        Resource doc = stated.createResource(DOCUMENT).addProperty(RDF.type, GKG.Document)
            .addProperty(DCTerms.title, "某市关于数字政府建设的通知", "zh");
        stated.add(plan.listProperties());
        for (int i = 0; i < n; i++) {
            Resource unit = entity(m, "organization", "u" + i, GKG.Organization, "某市第" + i + "局");
            Resource wg = entity(m, "group", "w" + i, GKG.LeadershipGroup, "第" + i + "工作组").addProperty(GKG.leadUnit, unit);
            group.addProperty(GKG.hasWorkingGroup, wg);
            Resource task = entity(m, "project", "t" + i, GKG.Project, "第" + i + "项任务").addProperty(GKG.partOf, plan)
                .addProperty(GKG.leadUnit, unit);
            Resource a = entity(m, "organization", "a" + i, GKG.Organization, "某市第" + i + "中心");
            Resource b = entity(m, "project", "b" + i, GKG.Project, "第" + i + "平台");
            from.addProperty(GKG.partner, a);
            a.addProperty(GKG.builds, b);
            b.addProperty(GKG.partOf, to);
            stated.add(task.listProperties()).add(unit.listProperties());
            doc.addProperty(GKG.mentions, unit).addProperty(GKG.mentions, task);
        }
        store.replaceGraph(GKG.DOCUMENT_BASE + "synthetic-structures", m);
        store.replaceGraph(DOCUMENT, stated);
    }
}
