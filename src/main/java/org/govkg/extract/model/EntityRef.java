package org.govkg.extract.model;

import org.govkg.vocab.EntityType;

/** An entity as the extractor knows it within one document: its type and its name there. */
public record EntityRef(EntityType type, String name) {}
