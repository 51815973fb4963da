package org.pledgewatch.ingest.article.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BatchResult", description = "One result per submitted item, in submission order")
public record BatchResult(int created, int duplicates, int invalid, List<IngestResult> results) {
}
