package org.govkg.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Administrative divisions ({@code data/gazetteer.tsv}): full and short names and the division each
 * lies in, so that 某某州 and 某某族自治州 are one region and 省政府 in a 某某州 document is
 * 某某省人民政府.
 */
public final class Gazetteer {
    private static final String RESOURCE = "/resolve/gazetteer.tsv";
    /** A division: its full name and the full name of the one it lies in (null for a province). */
    public record Division(String name, String parent) {}

    private final Map<String, Division> byName = new HashMap<>();
    private final Map<String, String> provinceByLetter = new java.util.HashMap<>();
    private final java.util.Set<Character> bodyPrefixStarts = new java.util.HashSet<>();
    /** For an autonomous prefecture, the X州 form bodies are named with (某某州人民政府, not 某某族自治州人民政府). */
    private final Map<String, String> bodyPrefix = new HashMap<>();

    private Gazetteer() {}

    public static Gazetteer standard() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new IllegalStateException("missing resource " + RESOURCE);
            Gazetteer g = new Gazetteer();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#"))
                    continue;
                String[] c = line.split("\t");
                Division d = new Division(c[0], c.length > 3 && !c[3].isBlank() ? c[3] : null);
                g.byName.put(c[0], d);
                for (String s : c[1].split("\\|")) {
                    if (s.length() >= 2) // one-character abbreviations (滇, 京) are too ambiguous in running text
                        g.byName.putIfAbsent(s, d);
                    else if (d.parent() == null)
                        g.provinceByLetter.putIfAbsent(s, d.name());
                    if (c[0].endsWith("自治州") && s.endsWith("州")) {
                        g.bodyPrefix.putIfAbsent(c[0], s);
                        g.bodyPrefixStarts.add(c[0].charAt(0));
                    }
                }
            }
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A body's name with its place written the usual way: 某某族自治州发展和改革委员会 and
     * 某某州发展和改革委员会 are one body, named with 某某州.
     */
    public String withUsualPlace(String bodyName) {
        if (bodyName.length() < 4 || !bodyPrefixStarts.contains(bodyName.charAt(0)))
            return bodyName; // most names open with no autonomous prefecture's full name: no loop for them
        for (Map.Entry<String, String> e : bodyPrefix.entrySet())
            if (bodyName.startsWith(e.getKey()) && bodyName.length() > e.getKey().length())
                return e.getValue() + bodyName.substring(e.getKey().length());
        return bodyName;
    }

    /**
     * The province (or provincial-level city or region) a one-letter short form stands for, as document
     * numbers open with it (鄂政办函 is 湖北省's, 沪府发 上海市's), or null.
     */
    public String provinceOfLetter(String letter) {
        return provinceByLetter.get(letter);
    }

    /**
     * Every division written with its full name in {@code text} (某某市, 某某县), longest first, each
     * reported with its start; names do not overlap.
     */
    public void forEachFullName(String text, java.util.function.ObjIntConsumer<String> found) {
        for (int i = 0; i < text.length(); i++)
            for (int n = Math.min(LONGEST_NAME, text.length() - i); n >= SHORTEST_NAME; n--) {
                if (!mayEndAName(text.charAt(i + n - 1)))
                    continue;
                String name = text.substring(i, i + n);
                Division d = byName.get(name);
                if (d != null && d.name().equals(name)) {
                    found.accept(name, i);
                    i += n - 1;
                    break;
                }
            }
    }

    /** Lengths of the full names looked for in text: 某某市 up to 某某某某族自治县. */
    private static final int SHORTEST_NAME = 3, LONGEST_NAME = 12;

    /** Whether a division's full name may end with {@code c} (市, 县, 区 …): a cheap test before a lookup. */
    public boolean mayEndAName(char c) {
        if (lastChars == null) {
            StringBuilder b = new StringBuilder();
            for (Division d : byName.values())
                if (b.indexOf(d.name().substring(d.name().length() - 1)) < 0)
                    b.append(d.name().charAt(d.name().length() - 1));
            lastChars = b.toString();
        }
        return lastChars.indexOf(c) >= 0;
    }

    private volatile String lastChars;

    /** Whether {@code text} holds a province's name or two-character short name (山东, 浙江). */
    public boolean holdsProvinceName(String text) {
        if (provinceNames == null)
            provinceNames = byName.entrySet().stream().filter(e -> e.getValue().parent() == null && e.getKey().length() >= 2)
                .map(Map.Entry::getKey).toList();
        for (String name : provinceNames)
            if (text.contains(name))
                return true;
        return false;
    }

    /** The provinces' names and two-character short names, listed once on first use. */
    private volatile List<String> provinceNames;

    /** Whether the division named {@code name} is {@code province} or lies inside it (false when unknown). */
    public boolean isWithin(String name, String province) {
        for (Division d = find(name); d != null; d = d.parent() == null ? null : find(d.parent()))
            if (d.name().equals(province))
                return true;
        return false;
    }

    /** The division a name (full or short) stands for, or null if the gazetteer does not know it. */
    public Division find(String name) {
        return byName.get(name);
    }

    /**
     * The division above {@code name} whose full name ends with {@code level} (省, 市 …): the 省 of a
     * 某某州 document is 某某省. Null if there is none.
     */
    public String ancestorEndingWith(String name, char level) {
        Division d = find(name);
        while (d != null && d.parent() != null) {
            Division p = find(d.parent());
            if (p == null)
                return null;
            if (p.name().endsWith(String.valueOf(level)) || (level == '省' && p.name().endsWith("自治区")))
                return p.name();
            d = p;
        }
        return null;
    }
}
