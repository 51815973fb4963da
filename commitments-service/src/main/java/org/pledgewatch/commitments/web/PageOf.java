package org.pledgewatch.commitments.web;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list; {@code total} counts every item matching the filters. */
@Schema(name = "Page")
public record PageOf<T>(int page, int size, long total, List<T> items) {
}
