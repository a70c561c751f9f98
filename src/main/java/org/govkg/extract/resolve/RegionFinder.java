package org.govkg.extract.resolve;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.model.EntityRef;
import org.govkg.extract.model.Mention;
import org.govkg.extract.model.Relation;
import org.govkg.extract.phase.MentionSet;
import org.govkg.extract.phase.Notes;
import org.govkg.vocab.EntityType;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the region prefixes of the bodies that survived into Region mentions (with a jurisdiction
 * link for governments and party committees), then finds every other occurrence of those region
 * names: once 某某州 has appeared as the prefix of a body's name, every 某某州 is that region.
 */
public final class RegionFinder {
    private final org.govkg.resolve.Gazetteer gazetteer;

    public RegionFinder(org.govkg.resolve.Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public void find(List<Notes.RegionPrefix> prefixes, MentionSet cx) {
        Set<String> names = new LinkedHashSet<>();
        Set<Integer> known = new HashSet<>();
        for (Notes.RegionPrefix p : prefixes) {
            if (!cx.holds(p.body()))
                continue;
            Mention r = cx.mention(EntityType.REGION, cx.text().substring(p.start(), p.end()), p.start(), p.end());
            names.add(r.entity().name());
            known.add(r.start());
            if (p.governs())
                cx.link(p.body().entity(), Relation.JURISDICTION, r.entity(), p.body().start(), p.body().end());
        }
        for (String name : names)
            for (int i = cx.text().indexOf(name); i >= 0; i = cx.text().indexOf(name, i + name.length()))
                if (known.add(i))
                    cx.mention(EntityType.REGION, name, i, i + name.length());
        divisionsByName(cx, known);
    }

    /**
     * A division written with its full name on its own (乐清市, 某某区) is that region, whether or not a
     * body of it is named: the gazetteer knows every province-, prefecture- and county-level name.
     */
    private void divisionsByName(MentionSet cx, Set<Integer> known) {
        gazetteer.forEachFullName(cx.text(), (name, at) -> {
            if (!known.contains(at) && !cx.covered(at) && !cx.covered(at + name.length() - 1) && known.add(at))
                cx.mention(EntityType.REGION, name, at, at + name.length());
        });
    }
}
