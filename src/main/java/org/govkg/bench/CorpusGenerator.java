package org.govkg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes documents in the genres of the evaluation corpus, each with its gold annotation (the
 * corpus's format), from the word lists and sentence patterns of {@code bench/generator.tsv}, the
 * gazetteer's jurisdictions and the abbreviation table's body names. The gold is known by
 * construction: every name is recorded as it is written, every relation with the sentence that
 * states it. The same seed gives the same documents, byte for byte.
 */
public final class CorpusGenerator {
    private static final Pattern SLOT = Pattern.compile("\\{([a-z]+[0-9]?)\\}");
    private static final List<String> GENRES = List.of("group-notice", "implementation-plan", "proposal-reply",
        "work-summary", "five-year-plan", "news", "policy-interpretation");

    private final Map<String, List<String>> lists = new HashMap<>();
    private final Map<String, List<String[]>> patterns = new HashMap<>();
    private final List<String[]> places = new ArrayList<>();   // full name, short name, level character, province
    private final List<String[]> departments = new ArrayList<>(); // full form, short forms…
    private final long seed;

    public CorpusGenerator(long seed) {
        this.seed = seed;
        readVocabulary();
        readPlaces();
        readDepartments();
    }

    /** A generated document: its file name, text and gold annotation (JSON). */
    public record Generated(String name, String genre, String text, String gold) {}

    /** Writes {@code n} documents and their gold files into {@code dir}; returns the text files. */
    public List<Path> write(int n, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Generated g = generate(i);
            Path txt = dir.resolve(g.name() + ".txt");
            Files.writeString(txt, g.text(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(g.name() + ".gold.json"), g.gold(), StandardCharsets.UTF_8);
            out.add(txt);
        }
        return out;
    }

    /** The {@code i}th document of this seed. */
    public Generated generate(int i) {
        Random rnd = new Random(seed * 1_000_003L + i);
        String genre = GENRES.get(i % GENRES.size());
        return new Document(rnd, genre, String.format("gen-%d-%06d-%s", seed, i, genre)).build();
    }

    /** One document being written: its slots, entities and relations. */
    private final class Document {
        private final Random rnd;
        private final String genre, name;
        private final String[] place;
        private final String r, lv, rs, province;
        private final int year;
        private final Map<String, Entity> slots = new HashMap<>();
        private final Map<String, String> literals = new HashMap<>();
        private final Map<String, List<Entity>> lists = new HashMap<>();
        private final Map<String, Entity> entities = new LinkedHashMap<>();
        private final List<String[]> relations = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        Document(Random rnd, String genre, String name) {
            this.rnd = rnd;
            this.genre = genre;
            this.name = name;
            this.place = places.get(rnd.nextInt(places.size()));
            this.r = place[0];
            this.rs = place[1];
            this.lv = place[2];
            this.province = place[3];
            this.year = 2019 + rnd.nextInt(7);
        }

        Generated build() {
            defineSlots();
            for (int k = rnd.nextInt(3); k > 0; k--) line(fill(pick("furniture.top")));
            String title = fill(pattern(genre + ".title")[0]);
            line(title);
            Entity plan = slots.get("p");
            if (genre.equals("implementation-plan")) {
                // the notice that publishes a plan is a policy document too
                Entity notice = new Entity("Plan", title);
                notice.written(this);
                slots.put("notice", notice);
            }
            if (plan.name == null) {
                plan.name = title; // a notice or a plan whose title is the document's own
                plan.written(this);
            }
            String number = null;
            if (genre.equals("group-notice") || genre.equals("implementation-plan")) {
                number = name("name.docnumber");
                line(number);
            }
            List<String[]> bodies = new ArrayList<>(patterns.getOrDefault(genre + ".body", List.of()));
            Collections.shuffle(bodies, rnd);
            String[] opening = pattern(genre + ".opening");
            if (opening != null) sentence(opening);
            for (String[] b : bodies.subList(0, Math.min(bodies.size(), 4 + rnd.nextInt(5)))) sentence(b);
            String date = name("name.date");
            Entity publisher = slots.get("publisher");
            line(publisher.written(this));
            // the place stands in the name of every body of the document; governments and party committees govern it
            Entity region = slots.get("r");
            region.written(this);
            for (String body : List.of("gov", "party", "govoffice"))
                if (!body.equals("govoffice") || publisher == slots.get("govoffice"))
                    relation(slots.get(body), "jurisdiction", region, null, r);
            line(date);
            if (List.of("group-notice", "implementation-plan", "five-year-plan").contains(genre))
                relation(publisher, "issued", plan, null, title);
            if (slots.containsKey("notice"))
                relation(publisher, "issued", slots.get("notice"), null, title);
            for (int k = rnd.nextInt(3); k > 0; k--) line(fill(pick("furniture.bottom")));
            return new Generated(name, genre, text.toString(), gold(title, date, number));
        }

        private void defineSlots() {
            Set<Integer> used = new LinkedHashSet<>();
            for (int k = 1; k <= 6; k++) slots.put("o" + k, body(used));
            List<Entity> list = new ArrayList<>();
            for (int k = 3 + rnd.nextInt(4); k > 0; k--) list.add(body(used));
            lists.put("os", list);
            literals.put("r", r);
            literals.put("rs", rs);
            literals.put("lv", lv);
            literals.put("y", Integer.toString(year));
            literals.put("y2", Integer.toString(year + 4));
            literals.put("y3", Integer.toString(year + 2));
            literals.put("m", Integer.toString(1 + rnd.nextInt(12)));
            literals.put("d", Integer.toString(1 + rnd.nextInt(28)));
            for (int k = 1; k <= 5; k++) literals.put("n" + k, Integer.toString(k <= 2 ? 10 + rnd.nextInt(990) : 1 + rnd.nextInt(k == 5 ? 60 : 9)));
            slots.put("gov", stock(forms("name.gov")));
            slots.put("party", stock(forms("name.party")));
            slots.put("govoffice", new Entity("Organization", forms("name.govoffice")));
            slots.put("publisher", switch (genre) {
                case "group-notice", "implementation-plan", "five-year-plan" -> slots.get("govoffice");
                case "news" -> slots.get("gov");
                default -> slots.get("o1");
            });
            String topic = pick("topics");
            literals.put("topic", topic);
            literals.put("kind", pick("fyp.kinds"));
            literals.put("date", name("name.date"));
            literals.put("u1", pick("units"));
            int level = Math.max(0, lists("places.levels").indexOf(lv));
            literals.put("t1", lists("posts.head").get(level));
            literals.put("t2", lists("posts.deputy").get(level));
            slots.put("r", new Entity("Region", place[4], List.of(r)));
            literals.put("groupkind", pick("group.kinds"));
            literals.put("plankind", pick("plan.kinds"));
            slots.put("g", new Entity("LeadershipGroup", name("name.group")));
            List<String> wgs = new ArrayList<>(lists("workgroups"));
            Collections.shuffle(wgs, rnd);
            slots.put("w1", new Entity("LeadershipGroup", wgs.get(0)));
            slots.put("w2", new Entity("LeadershipGroup", wgs.get(1)));
            String planName = switch (genre) {
                case "implementation-plan" -> name("name.plan.dated");
                case "five-year-plan" -> null; // the title, once written
                case "group-notice" -> null;
                default -> name("name.plan");
            };
            slots.put("p", new Entity("Plan", planName));
            slots.put("q", new Entity("Plan", province + pick("higher.plans")));
            slots.put("prop", new Entity("Plan", name("name.proposal")));
            List<String> heads = new ArrayList<>(lists("projects.heads"));
            Collections.shuffle(heads, rnd);
            for (int k = 1; k <= 2; k++) {
                literals.put("head", heads.get(k - 1));
                literals.put("projectkind", pick("projects.kinds"));
                slots.put("j" + k, new Entity("Project", name("name.project")));
            }
            slots.put("h1", person());
            slots.put("h2", person());
            literals.put("company", pick("companies"));
            slots.put("c1", new Entity("Organization", name("name.company")));
        }

        /** A list of name forms from generator.tsv with this document's words filled in. */
        private List<String> forms(String key) {
            List<String> out = new ArrayList<>();
            for (String f : lists(key)) out.add(substitute(f));
            return out;
        }

        /** One name from a list of forms in generator.tsv (picked at random), filled in. */
        private String name(String key) {
            return substitute(pick(key));
        }

        private String substitute(String template) {
            Matcher m = SLOT.matcher(template);
            StringBuilder b = new StringBuilder();
            while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(literals.getOrDefault(m.group(1), m.group())));
            m.appendTail(b);
            return b.toString();
        }

        /** A government or party committee: named in stock phrases, so the gold lets it be found or not. */
        private Entity stock(List<String> forms) {
            Entity e = new Entity("Organization", forms);
            e.stock = true;
            return e;
        }

        private Entity person() {
            return new Entity("Person", pick("surnames") + pick("given"));
        }

        /** A body of the jurisdiction not used yet in this document, written in one of its forms. */
        private Entity body(Set<Integer> used) {
            int d;
            do d = rnd.nextInt(departments.size()); while (!used.add(d) && used.size() < departments.size());
            String[] dept = departments.get(d);
            List<String> forms = new ArrayList<>(List.of(r + dept[0], lv + dept[0]));
            for (int k = 1; k < dept.length; k++) {
                forms.add(lv + dept[k]);
                forms.add(r + dept[k]);
            }
            return new Entity("Organization", r + dept[0], forms);
        }

        private void sentence(String[] pattern) {
            String s = fill(pattern[0]);
            line(s);
            if (pattern.length < 2 || pattern[1].isBlank()) return;
            for (String rel : pattern[1].split(";")) {
                String[] t = rel.strip().split(" "); // predicate subject object
                List<Entity> subjects = expand(t[1]);
                if (t[2].startsWith("@")) {
                    String value = literals.getOrDefault(t[2].substring(1), t[2].substring(1));
                    for (Entity e : subjects) relation(e, t[0], null, value, s);
                } else {
                    for (Entity e : subjects) for (Entity o : expand(t[2])) relation(e, t[0], o, null, s);
                }
            }
        }

        private List<Entity> expand(String slot) {
            if (lists.containsKey(slot)) return lists.get(slot);
            Entity e = slots.get(slot);
            return e == null ? List.of() : List.of(e);
        }

        private void relation(Entity s, String p, Entity o, String literal, String evidence) {
            if (s.id == null || o != null && o.id == null) return; // not written in this document
            relations.add(new String[] {s.id, p, o != null ? o.id : literal, evidence});
        }

        /** The pattern's text with every slot written; each entity written is recorded with the form used. */
        private String fill(String pattern) {
            // task lists are punctuated both ways on published pages; the names filled in keep theirs
            if (rnd.nextInt(4) == 0) {
                String full = lists("punctuation.full").get(0), half = lists("punctuation.half").get(0);
                for (int k = 0; k < full.length(); k++) pattern = pattern.replace(full.charAt(k), half.charAt(k));
            }
            Matcher m = SLOT.matcher(pattern);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String slot = m.group(1);
                String value;
                if (lists.containsKey(slot)) {
                    List<String> names = new ArrayList<>();
                    for (Entity e : lists.get(slot)) names.add(e.written(this));
                    value = String.join(lists("list.separator").get(0), names);
                } else if (slots.containsKey(slot)) {
                    value = slots.get(slot).written(this);
                } else {
                    value = literals.getOrDefault(slot, m.group());
                }
                m.appendReplacement(b, Matcher.quoteReplacement(value));
            }
            m.appendTail(b);
            return b.toString();
        }

        private void line(String s) {
            text.append(s).append('\n');
        }

        private String[] pattern(String key) {
            List<String[]> l = patterns.get(key);
            return l == null ? null : l.get(rnd.nextInt(l.size()));
        }

        private String pick(String list) {
            List<String> l = lists(list);
            return l.get(rnd.nextInt(l.size()));
        }

        private List<String> lists(String key) {
            List<String> l = CorpusGenerator.this.lists.get(key);
            if (l == null) throw new IllegalStateException("generator.tsv has no list " + key);
            return l;
        }

        /** The gold id of the next entity of {@code type}: o1, o2 … for organizations, g1 … for groups and so on. */
        String nextId(String type) {
            String prefix = switch (type) {
                case "Organization" -> "o";
                case "LeadershipGroup" -> "g";
                case "Plan" -> "p";
                case "Project" -> "j";
                case "Person" -> "h";
                default -> "x";
            };
            int n = 1;
            for (Entity e : entities.values()) if (e.id.startsWith(prefix)) n++;
            return prefix + n;
        }

        private String gold(String title, String date, String number) {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = json.createObjectNode();
            root.put("doc", name + ".txt");
            root.put("genre", genre.equals("news") ? "news" : genre);
            ObjectNode meta = root.putObject("meta");
            meta.put("title", title);
            meta.put("publisher", slots.get("publisher").name);
            meta.put("date", null == date ? null : isoDate(date));
            meta.put("doc_number", number);
            ArrayNode es = root.putArray("entities");
            for (Entity e : entities.values()) {
                ObjectNode n = es.addObject();
                n.put("id", e.id);
                n.put("type", e.type);
                n.put("name", e.name);
                ArrayNode a = n.putArray("aliases");
                e.aliases.forEach(a::add);
                // a government or party committee named only in stock phrases may be found or not; one that acts must be
                if (e.stock && relations.stream().noneMatch(r -> r[0].equals(e.id) && !r[1].equals("jurisdiction") || r[2].equals(e.id)))
                    n.put("optional", true);
            }
            ArrayNode rs = root.putArray("relations");
            for (String[] rel : relations) {
                ObjectNode n = rs.addObject();
                n.put("s", rel[0]);
                n.put("p", rel[1]);
                n.put("o", rel[2]);
                n.put("evidence", rel[3].length() > 60 ? rel[3].substring(0, 60) : rel[3]);
            }
            root.putArray("not_entities");
            try {
                return json.writeValueAsString(root) + "\n";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String isoDate(String chinese) {
            Matcher m = Pattern.compile("(\\d{4})\\D+(\\d{1,2})\\D+(\\d{1,2})\\D*").matcher(chinese);
            return m.matches() ? String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))) : null;
        }
    }

    /** An entity of a document: its gold id once written, its canonical name, the forms it may be written in. */
    private static final class Entity {
        final String type;
        String name;
        final List<String> forms;
        final Set<String> aliases = new LinkedHashSet<>();
        String id;
        boolean stock;

        Entity(String type, String name) {
            this(type, name, null);
        }

        /** An organization named in any of {@code forms}, the first being its full name. */
        Entity(String type, List<String> forms) {
            this(type, forms.get(0), forms);
        }

        Entity(String type, String name, List<String> forms) {
            this.type = type;
            this.name = name;
            this.forms = forms;
            this.stock = false;
        }

        /** Written once: the first time in full, then in any of its forms. */
        String written(Document d) {
            String s = forms == null || id == null ? (forms == null ? name : forms.get(0)) : forms.get(d.rnd.nextInt(forms.size()));
            if (name == null) return s; // a plan named by the title it is still being written into
            if (id == null) {
                id = d.nextId(type);
                d.entities.put(id, this);
            }
            aliases.add(s);
            return s;
        }
    }

    private void readVocabulary() {
        for (String line : resourceLines("/bench/generator.tsv")) {
            String[] c = line.split("\t");
            if (c.length < 2) continue;
            if (c[0].contains(".") && (c[0].endsWith(".title") || c[0].endsWith(".body") || c[0].endsWith(".opening")))
                patterns.computeIfAbsent(c[0], k -> new ArrayList<>()).add(c.length > 2 ? new String[] {c[1], c[2]} : new String[] {c[1]});
            else
                lists.put(c[0], List.of(c[1].split("\\|")));
        }
    }

    /** Prefecture-level cities and the districts and counties of cities: names whose bodies are written X市…, X区…, X县…. */
    private void readPlaces() {
        Map<String, String[]> byName = new HashMap<>();
        List<String[]> rows = new ArrayList<>();
        for (String line : resourceLines("/resolve/gazetteer.tsv")) {
            String[] c = line.split("\t");
            if (c.length < 3) continue;
            byName.putIfAbsent(c[0], c);
            rows.add(c);
        }
        for (String[] c : rows) {
            if (c.length < 4 || c[3].isBlank()) continue;
            String full = c[0];
            char level = full.charAt(full.length() - 1);
            if (full.length() < 3 || !lists.get("places.levels").contains(String.valueOf(level)) || matches("places.not", full)) continue;
            String[] parent = byName.get(c[3]);
            if (parent == null) continue;
            String province = parent.length > 3 && !parent[3].isBlank() ? parent[3] : parent[0];
            String shortName = c[1].split("\\|")[0];
            places.add(new String[] {full, shortName, String.valueOf(level), province, full});
        }
    }

    private void readDepartments() {
        for (String line : resourceLines("/resolve/abbreviations.tsv")) {
            String[] c = line.split("\t");
            // government departments of a city or county: not the government itself, a province's 厅, or party bodies
            if (c[0].length() < 3 || matches("bodies.not", c[0])) continue;
            List<String> row = new ArrayList<>();
            row.add(c[0]);
            if (c.length > 1) for (String f : c[1].split("\\|")) if (!f.isBlank()) row.add(f);
            departments.add(row.toArray(String[]::new));
        }
    }

    private boolean matches(String listKey, String name) {
        for (String part : lists.get(listKey)) {
            if (part.startsWith("^") ? name.startsWith(part.substring(1)) : part.endsWith("$") ? name.endsWith(part.substring(0, part.length() - 1)) : name.contains(part))
                return true;
        }
        return false;
    }

    private static List<String> resourceLines(String resource) {
        try (InputStream in = CorpusGenerator.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine())
                if (!line.isBlank() && !line.startsWith("#")) out.add(line);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
