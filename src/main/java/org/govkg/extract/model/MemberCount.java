package org.govkg.extract.model;

/** The number of member units a group has, as in {@code 57家单位为成员}. */
public record MemberCount(EntityRef group, int count, int start, int end) {}
