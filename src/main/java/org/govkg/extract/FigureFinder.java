package org.govkg.extract;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantities: a number with a unit and the noun it counts, on either side
 * ({@code 9178核vCPU}, {@code 5G基站2875个}, {@code 投资2.3亿元}). The subject is the nearest
 * project, group or body named before it in the same paragraph.
 */
final class FigureFinder implements MentionFinder {
    private static final Pattern FIGURE = Pattern.compile(
        "(?=[^\\n]{0,7}?\\d)(?<before>[\\p{IsHan}A-Za-z0-9]{0,6}?)\\s?(?<value>\\d+(?:\\.\\d+)?)\\s*"
        // a lone digit before G is a network generation (5G), not gigabytes
        + "(?<unit>亿元|万元|元|核|TB|PB|GB|(?<=\\d\\d)G|个|台|家|名|人|项|条|套|座|公里|平方米|亩|%)"
        + "(?<after>[\\p{IsHan}A-Za-z&&[^和与及的等、]]{0,6})");

    private static final Pattern LEADING_VERB = Pattern.compile("^(?:新建|建成|建设|完成|实现|新增|累计|达到|提供|共|建)+");

    @Override
    public void find(ExtractionContext cx) {
        Matcher m = FIGURE.matcher(cx.text);
        while (m.find()) {
            String unit = m.group("unit");
            String before = LEADING_VERB.matcher(m.group("before")).replaceFirst("");
            String measures = !m.group("after").isEmpty() && !isCountNoun(unit) ? m.group("after")
                : !before.isEmpty() ? before : m.group("after");
            cx.figures.add(new Figure(subject(cx, m.start("value")), new BigDecimal(m.group("value")),
                unit, measures, m.start(), m.end()));
        }
    }

    /** With 个/台/家 the counted noun usually comes first: 基站2875个, 云主机344台. */
    private static boolean isCountNoun(String unit) {
        return unit.equals("个") || unit.equals("台") || unit.equals("座") || unit.equals("套");
    }

    private static EntityRef subject(ExtractionContext cx, int offset) {
        int paragraph = cx.text.lastIndexOf('\n', offset) + 1;
        Mention best = null;
        for (Mention m : cx.mentions()) {
            EntityType t = m.entity().type();
            boolean candidate = t == EntityType.PROJECT || t == EntityType.LEADERSHIP_GROUP;
            if (candidate && m.start() >= paragraph && m.end() <= offset && (best == null || m.end() > best.end()))
                best = m;
        }
        return best == null ? null : best.entity();
    }
}
