package org.govkg.extract;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * Turns the text of one government document into mentions, links, posts, figures and metadata.
 * Finders run first and their overlaps are settled; then the rules that link what was found.
 */
public final class DocumentExtractor {
    private final HeaderParser header = new HeaderParser();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final MentionResolver resolver = new MentionResolver();
    private final List<MentionFinder> finders;
    private final List<MentionFinder> rules;

    public DocumentExtractor() {
        this(Lexicon.standard(), org.govkg.resolve.Curation.NONE);
    }

    public DocumentExtractor(org.govkg.resolve.Curation curation) {
        this(Lexicon.standard(), curation);
    }

    public DocumentExtractor(Lexicon lexicon, org.govkg.resolve.Curation curation) {
        finders = List.of(new OrganizationFinder(lexicon), new LeadershipGroupFinder(lexicon), new PlanFinder(lexicon),
            new ProjectFinder(lexicon), new PersonFinder(), new RosterFinder(), new WorkingGroupSectionFinder(),
            new TaskFinder(lexicon));
        org.govkg.resolve.AbbreviationTable abbreviations = org.govkg.resolve.AbbreviationTable.standard();
        org.govkg.resolve.Gazetteer gazetteer = org.govkg.resolve.Gazetteer.standard();
        rules = List.of(new RegionFinder(), new AliasRules(), new JurisdictionExpander(gazetteer), new DeicticFinder(gazetteer),
            new DepartmentListFinder(abbreviations), new NameCanonicalizer(abbreviations, gazetteer), new CurationRules(curation),
            new PendingUnitRules(),
            new RosterRules(), new GroupRules(), new PlanRules(), new OrganizationRules(),
            new ProjectRules(), new TaskUnitRules(), new TaskRules(), new FigureFinder());
    }

    public Extraction extract(String original) {
        String text = TextNormalizer.normalize(original);
        DocumentMetadata meta = header.parse(text);
        ExtractionContext cx = new ExtractionContext(original, text, meta, splitter.split(text));
        finders.forEach(f -> f.find(cx));
        publisher(cx);
        resolver.resolve(cx);
        rules.forEach(r -> r.find(cx));
        dropDanglingLinks(cx);
        return cx.build();
    }

    /** The publisher is an organization even when its name has no body's shape. */
    private static void publisher(ExtractionContext cx) {
        String name = cx.metadata.publisher();
        if (name == null)
            return;
        int at = cx.text.indexOf(name);
        Mention found = at < 0 ? null : cx.startingAt(EntityType.ORGANIZATION, at);
        if (at >= 0 && (found == null || found.length() < name.length()))
            cx.mention(EntityType.ORGANIZATION, name, at, at + name.length());
    }

    /** Links whose ends lost their mentions in overlap resolution would point at nothing. */
    private static void dropDanglingLinks(ExtractionContext cx) {
        var named = new LinkedHashSet<EntityRef>();
        cx.mentions().forEach(m -> named.add(m.entity()));
        cx.links.removeIf(l -> !named.contains(l.subject()) || !named.contains(l.object()));
        var unique = new LinkedHashSet<>(cx.links);
        cx.links.clear();
        cx.links.addAll(unique);
        cx.posts.removeIf(p -> !named.contains(p.group()));
        cx.memberCounts.removeIf(c -> !named.contains(c.group()));
    }
}
