package org.govkg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govkg.extract.model.Extraction;
import org.govkg.extract.model.Mention;
import org.govkg.ingest.Iris;

/**
 * B-cubed precision and recall of mention clustering: each extracted mention whose surface is a
 * gold alias is an item; its gold cluster is that gold entity (across documents: the gold entity's
 * name), its predicted cluster the entity govkg linked it to (across documents: the entity's IRI).
 */
public final class BCubed {
    /** One clustered mention: the gold cluster and the predicted cluster it falls in. */
    public record Item(String gold, String predicted) {}

    /** Precision and recall over a set of items. */
    public record Score(double precision, double recall, int items) {}

    private BCubed() {}

    /** The items of one document. */
    public static List<Item> items(Extraction x, GoldDocument gold) {
        Map<String, GoldDocument.GoldEntity> byLabel = new HashMap<>();
        for (GoldDocument.GoldEntity g : gold.entities()) {
            byLabel.putIfAbsent(g.type() + "|" + EntityMatcher.clean(g.name()), g);
            for (String a : g.aliases())
                byLabel.putIfAbsent(g.type() + "|" + EntityMatcher.clean(a), g);
        }
        List<Item> out = new ArrayList<>();
        for (Mention m : x.mentions()) {
            String type = Scorer.typeName(m.entity().type());
            GoldDocument.GoldEntity g = byLabel.get(type + "|" + EntityMatcher.clean(m.surface()));
            if (g != null)
                out.add(new Item(type + "|" + EntityMatcher.clean(g.name()), Iris.entity(m.entity())));
        }
        return out;
    }

    public static Score score(List<Item> items) {
        Map<String, Integer> goldSize = new HashMap<>(), predSize = new HashMap<>(), both = new HashMap<>();
        for (Item i : items) {
            goldSize.merge(i.gold(), 1, Integer::sum);
            predSize.merge(i.predicted(), 1, Integer::sum);
            both.merge(i.gold() + "\u0000" + i.predicted(), 1, Integer::sum);
        }
        double p = 0, r = 0;
        for (Item i : items) {
            int common = both.get(i.gold() + "\u0000" + i.predicted());
            p += (double) common / predSize.get(i.predicted());
            r += (double) common / goldSize.get(i.gold());
        }
        return items.isEmpty() ? new Score(1, 1, 0) : new Score(p / items.size(), r / items.size(), items.size());
    }
}
