package org.govkg.extract.figure;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.model.DocumentMetadata;
import org.govkg.extract.model.EntityRef;
import org.govkg.extract.model.Figure;
import org.govkg.extract.model.Mention;
import org.govkg.extract.phase.LinkRule;
import org.govkg.extract.phase.MentionSet;
import org.govkg.vocab.EntityType;

/**
 * Finds quantities: a number with a unit and the noun it counts, on either side
 * ({@code 9178核vCPU}, {@code 5G基站2875个}, {@code 投资2.3亿元}). The subject is the nearest
 * project or group named before it in the same paragraph. The search is anchored on the digits.
 */
public final class FigureFinder implements LinkRule {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private final Pattern units;
    private final Pattern leadingVerb;
    private final Pattern trailingAdverb;
    private final Pattern measureEnd;
    private final String notInMeasure;
    private final java.util.Set<String> countUnits;

    public FigureFinder(Lexicon lex) {
        units = Pattern.compile("\\s*" + lex.alternation("figure.units"));
        leadingVerb = lex.pattern("figure.leading-verb");
        trailingAdverb = lex.pattern("figure.trailing-adverb");
        measureEnd = lex.pattern("figure.measure-end");
        notInMeasure = lex.raw("figure.measure.stop.chars");
        countUnits = lex.set("figure.count-units");
    }

    @Override
    public void link(DocumentMetadata meta, MentionSet cx) {
        Matcher n = NUMBER.matcher(cx.text());
        while (n.find()) {
            if (n.start() > 0 && (Character.isDigit(cx.text().charAt(n.start() - 1)) || cx.text().charAt(n.start() - 1) == '.'))
                continue;
            Matcher u = units.matcher(cx.text()).region(n.end(), cx.text().length());
            if (!u.lookingAt())
                continue;
            String unit = u.group().strip();
            // a lone digit before G is a network generation (5G), not gigabytes
            if (unit.equals("G") && n.group().length() < 2)
                continue;
            int beforeStart = wordBefore(cx.text(), n.start());
            int afterEnd = wordAfter(cx.text(), u.end());
            String before = leadingVerb.matcher(cx.text().substring(beforeStart, n.start()).strip()).replaceFirst("");
            Matcher adverb = trailingAdverb.matcher(before);
            // 全年为28个政府单位: after a copula or adverb the number opens a phrase whose noun follows it
            boolean opensPhrase = adverb.find();
            if (opensPhrase) before = before.substring(0, adverb.start());
            String after = cx.text().substring(u.end(), afterEnd);
            Matcher end = measureEnd.matcher(after);
            if (end.find()) {
                after = after.substring(0, end.start());
                afterEnd = u.end() + after.length();
            }
            String measures = !after.isEmpty() && (opensPhrase || !countUnits.contains(unit)) ? after : !before.isEmpty() ? before : after;
            cx.figure(new Figure(subject(cx, n.start()), new BigDecimal(n.group()), unit, measures, beforeStart, afterEnd));
        }
    }

    /** Up to six letters before the number (a space allowed right before it): the noun a count follows. */
    private static int wordBefore(String text, int at) {
        int i = at;
        if (i > 0 && text.charAt(i - 1) == ' ')
            i--;
        int limit = i - 6;
        while (i > 0 && i > limit && isWordChar(text.charAt(i - 1), true))
            i--;
        return i;
    }

    private int wordAfter(String text, int at) {
        int i = at;
        while (i < text.length() && i < at + 6 && isWordChar(text.charAt(i), false) && notInMeasure.indexOf(text.charAt(i)) < 0)
            i++;
        return i;
    }

    private static boolean isWordChar(char c, boolean digits) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
            || (c < 128 && (Character.isLetter(c) || (digits && Character.isDigit(c))));
    }

    private static EntityRef subject(MentionSet cx, int offset) {
        int paragraph = Math.max(cx.text().lastIndexOf('\n', offset) + 1, offset - 300);
        Mention best = null;
        for (EntityType t : new EntityType[] {EntityType.PROJECT, EntityType.LEADERSHIP_GROUP})
            for (Mention m : cx.within(t, paragraph, offset))
                if (best == null || m.end() > best.end())
                    best = m;
        return best == null ? null : best.entity();
    }
}
