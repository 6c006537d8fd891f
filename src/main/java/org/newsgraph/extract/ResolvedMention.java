package org.newsgraph.extract;

/** A mention and the key of the entity it names. */
public record ResolvedMention(Mention mention, String entityKey) {}
