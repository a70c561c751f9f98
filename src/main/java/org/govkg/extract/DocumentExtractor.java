package org.govkg.extract;

import java.util.List;

import org.govkg.extract.body.DepartmentListFinder;
import org.govkg.extract.body.OrganizationFinder;
import org.govkg.extract.body.OrganizationRules;
import org.govkg.extract.body.PublisherUnitFinder;
import org.govkg.extract.figure.FigureFinder;
import org.govkg.extract.group.GroupRules;
import org.govkg.extract.group.LeadershipGroupFinder;
import org.govkg.extract.group.PendingUnitRules;
import org.govkg.extract.group.RosterFinder;
import org.govkg.extract.group.RosterRules;
import org.govkg.extract.group.WorkingGroupSectionFinder;
import org.govkg.extract.header.HeaderParser;
import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.model.DocumentMetadata;
import org.govkg.extract.model.Extraction;
import org.govkg.extract.model.Mention;
import org.govkg.extract.person.PersonFinder;
import org.govkg.extract.person.PersonRules;
import org.govkg.extract.phase.Candidates;
import org.govkg.extract.phase.DocumentText;
import org.govkg.extract.phase.LinkRule;
import org.govkg.extract.phase.MentionFinder;
import org.govkg.extract.phase.MentionSet;
import org.govkg.extract.phase.Notes;
import org.govkg.extract.phase.Resolved;
import org.govkg.extract.plan.LineageRules;
import org.govkg.extract.plan.PlanContentsRule;
import org.govkg.extract.plan.PlanFinder;
import org.govkg.extract.plan.PlanRules;
import org.govkg.extract.project.ProjectFinder;
import org.govkg.extract.project.ProjectRules;
import org.govkg.extract.resolve.AliasRules;
import org.govkg.extract.resolve.CurationRules;
import org.govkg.extract.resolve.DeicticFinder;
import org.govkg.extract.resolve.JurisdictionExpander;
import org.govkg.extract.resolve.MentionResolver;
import org.govkg.extract.resolve.NameCanonicalizer;
import org.govkg.extract.resolve.RegionFinder;
import org.govkg.extract.task.TaskFinder;
import org.govkg.extract.task.TaskRules;
import org.govkg.extract.task.TaskUnitRules;
import org.govkg.extract.text.SentenceSplitter;
import org.govkg.extract.text.TextNormalizer;
import org.govkg.resolve.AbbreviationTable;
import org.govkg.resolve.Curation;
import org.govkg.resolve.Gazetteer;
import org.govkg.vocab.EntityType;

/**
 * Turns the text of one government document into mentions, links, posts, figures and metadata, in
 * phases that each take the previous phase's value and return their own (see {@link #extract}):
 * text, header, candidate mentions, settled mentions, resolved names, links.
 */
public final class DocumentExtractor {
    private final SentenceSplitter splitter;
    private final HeaderParser header;
    private final List<MentionFinder> finders;
    private final MentionResolver overlaps;
    private final RegionFinder regions;
    private final AliasRules aliases;
    private final JurisdictionExpander jurisdictions;
    private final DeicticFinder selfReferences;
    private final DepartmentListFinder departmentLists;
    private final NameCanonicalizer canonicalNames;
    private final CurationRules curation;
    private final PendingUnitRules pendingUnits = new PendingUnitRules();
    private final RosterRules roster;
    private final List<LinkRule> linkRules;
    private final TaskUnitRules taskUnits;
    private final TaskRules tasks;
    private final PlanContentsRule planContents;
    private final FigureFinder figures;

    public DocumentExtractor() {
        this(Lexicon.standard(), Curation.NONE);
    }

    public DocumentExtractor(Curation curation) {
        this(Lexicon.standard(), curation);
    }

    public DocumentExtractor(Lexicon lex, Curation curation) {
        AbbreviationTable abbreviations = AbbreviationTable.standard();
        Gazetteer gazetteer = Gazetteer.standard();
        splitter = new SentenceSplitter(lex);
        header = new HeaderParser(lex);
        finders = List.of(new OrganizationFinder(lex, gazetteer, abbreviations), new LeadershipGroupFinder(lex), new PlanFinder(lex),
            new ProjectFinder(lex, gazetteer), new PersonFinder(lex), new RosterFinder(lex), new WorkingGroupSectionFinder(lex),
            new TaskFinder(lex), new PublisherUnitFinder(lex));
        overlaps = new MentionResolver(lex);
        aliases = new AliasRules(lex);
        jurisdictions = new JurisdictionExpander(lex, gazetteer);
        regions = new RegionFinder(gazetteer);
        selfReferences = new DeicticFinder(lex, gazetteer);
        departmentLists = new DepartmentListFinder(lex, abbreviations);
        canonicalNames = new NameCanonicalizer(lex, abbreviations, gazetteer);
        this.curation = new CurationRules(curation);
        roster = new RosterRules(lex);
        linkRules = List.of(new GroupRules(lex), new PlanRules(lex), new LineageRules(lex), new OrganizationRules(lex), new ProjectRules(lex),
            new PersonRules(lex));
        taskUnits = new TaskUnitRules(lex);
        tasks = new TaskRules(lex);
        planContents = new PlanContentsRule(lex);
        figures = new FigureFinder(lex);
    }

    /** The phases in order; each line's value is all the next ones get from it. */
    public Extraction extract(String original) {
        DocumentText doc = text(original);
        DocumentMetadata meta = header.parse(doc.text());
        Candidates found = find(doc, meta);
        Candidates settled = overlaps.settle(found);
        Resolved resolved = resolve(meta, settled);
        MentionSet linked = link(meta, resolved);
        return linked.build(meta);
    }

    /** Text phase: the normalised form every rule matches against, and its sentences. */
    private DocumentText text(String original) {
        String text = TextNormalizer.normalize(original);
        return new DocumentText(original, text, splitter.split(text));
    }

    /** Finding phase: every finder pushes its candidates (overlaps allowed) and notes. */
    private Candidates find(DocumentText doc, DocumentMetadata meta) {
        Candidates.Builder found = new Candidates.Builder(doc);
        for (MentionFinder f : finders)
            f.find(meta, found);
        publisher(meta, found.mentions());
        return found.build();
    }

    /** The publisher is an organization even when its name has no body's shape. */
    private static void publisher(DocumentMetadata meta, MentionSet found) {
        String name = meta.publisher();
        if (name == null)
            return;
        int at = found.text().indexOf(name);
        Mention m = at < 0 ? null : found.startingAt(EntityType.ORGANIZATION, at);
        if (at >= 0 && (m == null || m.length() < name.length()))
            found.mention(EntityType.ORGANIZATION, name, at, at + name.length());
    }

    /**
     * Resolution phase: regions, aliases, the jurisdiction and the names relative to it, self-references,
     * full names, then the user's curation. The notes follow every rename.
     */
    private Resolved resolve(DocumentMetadata meta, Candidates settled) {
        MentionSet m = settled.mentions();
        regions.find(settled.regionPrefixes(), m);
        aliases.resolve(m);
        String jurisdiction = jurisdictions.jurisdiction(settled.regionPrefixes(), m);
        List<org.govkg.extract.model.Link> governing = jurisdictions.complete(jurisdiction, m);
        selfReferences.find(meta.publisher(), jurisdiction, m);
        departmentLists.find(jurisdiction, m);
        canonicalNames.resolve(m);
        curation.resolve(m);
        List<Notes.PendingUnit> units = settled.pendingUnits().stream()
            .map(u -> new Notes.PendingUnit(m.renamed(u.subject()), u.relation(), u.name(), u.start())).toList();
        List<Notes.Task> renamedTasks = settled.tasks().stream()
            .map(t -> new Notes.Task(t.project().withEntity(m.renamed(t.project().entity())), t.start(), t.end())).toList();
        return new Resolved(m, jurisdiction, units, settled.roster(), renamedTasks, governing);
    }

    /** Linking phase: the rules of each construct state the links between the resolved mentions. */
    private MentionSet link(DocumentMetadata meta, Resolved resolved) {
        MentionSet m = resolved.mentions();
        pendingUnits.link(resolved.pendingUnits(), m);
        roster.link(resolved.roster(), m);
        for (LinkRule r : linkRules)
            r.link(meta, m);
        taskUnits.link(meta, m);
        tasks.link(meta, resolved.tasks(), m);
        planContents.link(meta, m);
        figures.link(meta, m);
        JurisdictionExpander.governingWhereActing(resolved.governing(), m);
        return m;
    }
}
