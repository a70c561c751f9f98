package org.govkg.extract;

/** An entity as the extractor knows it within one document: its type and its name there. */
public record EntityRef(EntityType type, String name) {}
