package org.govkg.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The standard short forms of government body names ({@code data/abbreviations.tsv}): 发改委 and
 * 发展改革委 are 发展和改革委员会, 科技局 is 科学技术局. Turns a body's name into its full form.
 */
public final class AbbreviationTable {
    private static final String RESOURCE = "/resolve/abbreviations.tsv";
    /** Full forms, longest first, so that 人民政府办公室 is tried before 人民政府. */
    private final List<String> fullForms = new ArrayList<>();
    /** Full forms in table order, which puts the commoner body first where two share a stem. */
    private final List<String> inTableOrder = new ArrayList<>();
    /** Each short form with its full forms, in table order; shorts longest first. */
    private final Map<String, List<String>> shorts = new LinkedHashMap<>();

    /** National short forms (人社部) with their full forms (人力资源和社会保障部), made from the table's 局 and 厅 rows. */
    private final Map<String, String> nationalShorts = new LinkedHashMap<>();

    private AbbreviationTable() {}

    /** The table shipped in the jar. */
    public static AbbreviationTable standard() {
        try (InputStream in = AbbreviationTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new IllegalStateException("missing resource " + RESOURCE);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AbbreviationTable parse(BufferedReader reader) throws IOException {
        AbbreviationTable t = new AbbreviationTable();
        Map<String, List<String>> byShort = new LinkedHashMap<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#"))
                continue;
            String[] cols = line.split("\t");
            t.fullForms.add(cols[0].strip());
            t.inTableOrder.add(cols[0].strip());
            if (cols.length > 1)
                for (String s : cols[1].split("\\|"))
                    byShort.computeIfAbsent(s.strip(), k -> new ArrayList<>()).add(cols[0].strip());
        }
        t.nationalShorts.putAll(nationalShorts(byShort));
        t.fullForms.sort(Comparator.comparingInt(String::length).reversed());
        byShort.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, List<String>> e) -> e.getKey().length()).reversed())
            .forEach(e -> t.shorts.put(e.getKey(), e.getValue()));
        return t;
    }

    /**
     * A ministry is shortened as its local counterparts are: 住建局 is 住房和城乡建设局, so 住建部 is
     * 住房和城乡建设部. A short form of several full forms (大数据局) makes no national one.
     */
    private static Map<String, String> nationalShorts(Map<String, List<String>> byShort) {
        Map<String, String> out = new LinkedHashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        byShort.forEach((shortForm, fulls) -> {
            if (fulls.size() != 1) return;
            String full = fulls.get(0);
            String last = full.substring(full.length() - 1);
            if (!(last.equals(BUREAU) || last.equals(DEPARTMENT)) || !shortForm.endsWith(last)) return;
            String shortStem = shortForm.substring(0, shortForm.length() - 1), fullStem = nationalStem(full);
            if (shortStem.length() < 2 || shortStem.equals(fullStem)) return;
            String previous = out.putIfAbsent(shortStem + MINISTRY, fullStem + MINISTRY);
            if (previous != null && !previous.equals(fullStem + MINISTRY)) ambiguous.add(shortStem + MINISTRY);
        });
        ambiguous.forEach(out::remove);
        return out;
    }

    private static String nationalStem(String full) {
        return full.substring(0, full.length() - 1).replaceFirst(MANAGEMENT + "$", "");
    }

    /**
     * The full form of a body's name. A name already ending in a full form is returned as it is;
     * where a short form has several full forms, the one in {@code known} (names the same document
     * uses) is taken, and with none known the name is left as it is.
     */
    public String fullName(String name, Set<String> known) {
        String national = nationalShorts.get(name);
        if (national != null)
            return national;
        for (String full : fullForms)
            if (name.endsWith(full))
                return name;
        for (Map.Entry<String, List<String>> e : shorts.entrySet()) {
            if (!name.endsWith(e.getKey()) || name.length() == e.getKey().length())
                continue;
            String stem = name.substring(0, name.length() - e.getKey().length());
            for (String full : e.getValue())
                if (known.contains(stem + full))
                    return stem + full;
            // 大数据局 is 大数据管理局 in one city and 大数据发展管理局 in another: without the document's word, keep it
            return e.getValue().size() == 1 ? stem + e.getValue().get(0) : name;
        }
        return name;
    }

    /** The row that turns {@code name} into {@code full}: "发展改革委 → 发展和改革委员会", or null. */
    public String rowFor(String name, String full) {
        if (full.equals(nationalShorts.get(name)))
            return name + " → " + full;
        for (Map.Entry<String, List<String>> e : shorts.entrySet())
            if (name.endsWith(e.getKey())) {
                String stem = name.substring(0, name.length() - e.getKey().length());
                for (String f : e.getValue())
                    if ((stem + f).equals(full))
                        return e.getKey() + " → " + f;
            }
        return null;
    }

    /**
     * The full form whose department stem (the name without its 局, 委, 委员会 …) is {@code stem}, as
     * in lists of posts: 发展改革 is 发展和改革委员会, 自然资源 is 自然资源局. Null if none.
     */
    public String fullFormOfStem(String stem) {
        for (String full : inTableOrder)
            if (stemOf(full).equals(stem))
                return full;
        for (Map.Entry<String, List<String>> e : shorts.entrySet())
            if (stemOf(e.getKey()).equals(stem))
                return e.getValue().get(0);
        return null;
    }

    private static String stemOf(String name) {
        return name.replaceFirst("(委员会|办公室|管理局|局|委|厅|办)$", "");
    }

    /**
     * The national counterparts of the table's departments, as the State Council names its own:
     * a 局 or 厅 of a province or city is a 部 at the national level (某某局, 某某厅 → 某某部), and a
     * bureau or commission is the national one with 国家 before it (某某局 → 国家某某局, 某某委员会 →
     * 国家某某委员会). Some of these names exist nowhere; they are harmless, as no text writes them.
     */
    public List<String> nationalForms() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String full : inTableOrder) {
            if (full.endsWith(BUREAU) || full.endsWith(DEPARTMENT)) {
                String stem = nationalStem(full);
                if (stem.length() >= 2)
                    out.add(stem + MINISTRY);
            }
            if (full.endsWith(BUREAU) || full.endsWith(COMMISSION))
                out.add(NATIONAL + full);
        }
        out.addAll(nationalShorts.keySet());
        List<String> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
    }

    private static final String BUREAU = "局", DEPARTMENT = "厅", COMMISSION = "委员会", MINISTRY = "部", NATIONAL = "国家", MANAGEMENT = "管理";

    /** Number of full forms in the table. */
    public int size() {
        return fullForms.size();
    }
}
