package org.govkg.extract.model;

/**
 * A post of a leadership group filled by an office-holder: {@code 由州长任组长} gives
 * role 组长, title 州长.
 *
 * @param kind  leader, deputy leader, or office post
 * @param role  the post as worded (双组长, 常务副组长, 办公室主任)
 * @param title the office whose holder fills it (州长, 常务副州长)
 */
public record PostFact(EntityRef group, Kind kind, String role, String title, int start, int end) {

    /** Which of the group's posts this is. */
    public enum Kind { LEADER, DEPUTY_LEADER, OFFICE }
}
