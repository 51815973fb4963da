package org.pledgewatch.jdbc;

import java.util.List;

/** One page of a list query's rows, and how many rows the whole query matches. */
public record Slice<T>(List<T> items, long total) {
}
