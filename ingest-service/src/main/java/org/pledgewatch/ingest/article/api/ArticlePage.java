package org.pledgewatch.ingest.article.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticlePage")
public record ArticlePage(int page, int size, long total, List<ArticleView> items) {
}
