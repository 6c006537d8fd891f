package org.newsgraph.ingest;

/**
 * Counts from one {@link ArticleReader#read} call.
 *
 * @param files article files opened (whether or not they yielded articles)
 * @param articles articles delivered
 * @param problems problems reported
 */
public record ReadSummary(int files, int articles, int problems) {}
