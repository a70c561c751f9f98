package org.govkg.ingest;

import java.util.regex.Pattern;

import org.govkg.extract.model.EntityRef;
import org.govkg.vocab.GKG;
import org.govkg.vocab.Hashes;

/**
 * Mints govkg's IRIs. They are derived from stable inputs only (a file name, an entity's type and
 * normalised name), so ingesting the same documents again, or in another order, gives the same IRIs.
 */
public final class Iris {
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,80}");
    private static final Pattern IGNORED_IN_NAMES = Pattern.compile("[\\s“”\"《》〈〉「」'‘’]");

    private Iris() {}

    /**
     * The document's IRI, which is also its named graph's: its name (the path relative to the folder
     * it was found in, extension kept) under {@code doc/}, each folder or file name kept as it is when
     * it is plain ASCII and replaced by a hash of itself otherwise. Distinct files get distinct IRIs
     * ({@code a/x.txt}, {@code b/x.txt}, {@code a/x.html}); the same file keeps its IRI on every ingest.
     */
    public static String document(String name) {
        StringBuilder sb = new StringBuilder(GKG.DOCUMENT_BASE);
        String[] segments = name.split("/");
        for (int i = 0; i < segments.length; i++)
            sb.append(i > 0 ? "/" : "").append(SAFE_NAME.matcher(segments[i]).matches() && !segments[i].matches("\\.+") ? segments[i] : "h" + hash(segments[i], 16));
        return sb.toString();
    }

    public static String entity(EntityRef ref) {
        return GKG.ENTITY_BASE + ref.type().segment() + "/" + hash(normalize(ref.name()), 16);
    }

    public static String post(String groupIri, String kind, String role, String title) {
        return GKG.ENTITY_BASE + "post/" + hash(groupIri + '|' + kind + '|' + role + '|' + title, 16);
    }

    /** The form of a name used to compare and key it: no quotes or spaces, ASCII parentheses. */
    public static String normalize(String name) {
        return IGNORED_IN_NAMES.matcher(name).replaceAll("").replace('（', '(').replace('）', ')');
    }

    public static String hash(String s, int hexChars) {
        return Hashes.sha256(s, hexChars);
    }
}
