package org.govkg.extract.lexicon;

/**
 * Names of every unit of a kind rather than of one body: 各 near the end of the name (局属各单位,
 * 机关各处(室), 各有关部门). Lists of member or responsible units hold them beside real bodies.
 */
public final class CollectiveNames {
    /** How close to a name's end 各 stands when the name is a collective. */
    private static final int TAIL = 6;
    private final String everyMark;

    public CollectiveNames(Lexicon lex) {
        everyMark = lex.raw("body.every.mark");
    }

    public boolean isCollective(String name) {
        int every = name.lastIndexOf(everyMark);
        return every >= 0 && name.length() - every <= TAIL;
    }
}
