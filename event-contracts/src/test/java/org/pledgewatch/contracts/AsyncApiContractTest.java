package org.pledgewatch.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.pledgewatch.contracts.article.ArticleIngestedV1;
import org.pledgewatch.contracts.article.ArticleSubmission;
import org.pledgewatch.contracts.commitment.CommitmentStatusChangedV1;
import org.pledgewatch.contracts.extraction.AgreementFinding;
import org.pledgewatch.contracts.extraction.Amount;
import org.pledgewatch.contracts.extraction.ArticleExtractedV1;
import org.pledgewatch.contracts.extraction.Evidence;
import org.pledgewatch.contracts.extraction.ObservationFinding;
import org.pledgewatch.contracts.extraction.PledgeFinding;

/** The AsyncAPI document describes exactly the records that are published: same fields, valid samples. */
class AsyncApiContractTest {

    private static JsonNode document;
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    @BeforeAll
    static void readDocument() throws Exception {
        try (InputStream in = AsyncApiContractTest.class.getResourceAsStream("/asyncapi.yaml")) {
            document = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @ParameterizedTest
    @ValueSource(classes = { ArticleSubmission.class, ArticleIngestedV1.class, ArticleExtractedV1.class,
            PledgeFinding.class, ObservationFinding.class, AgreementFinding.class, CommitmentStatusChangedV1.class })
    void everyRecordComponentIsDescribedAndNothingElse(Class<? extends Record> type) {
        JsonNode schema = document.at("/components/schemas/" + schemaName(type));
        assertThat(schema.isMissingNode()).as("schema for " + type.getSimpleName()).isFalse();
        Set<String> described = new TreeSet<>();
        Iterator<String> names = schema.get("properties").fieldNames();
        names.forEachRemaining(described::add);
        Set<String> components = new TreeSet<>();
        Arrays.stream(type.getRecordComponents()).forEach(c -> components.add(c.getName()));
        assertThat(described).isEqualTo(components);
    }

    @Test
    void anArticleIngestedEventMatchesItsSchema() throws Exception {
        UUID article = UUID.randomUUID();
        ArticleIngestedV1 event = ArticleIngestedV1.of(EventIds.of("x", article.toString()), Instant.now(), article,
                "Title", "Body text", "https://example.org/a", "wire", "fr", Instant.parse("2025-08-25T00:00:00Z"),
                "ab".repeat(32), Instant.now());
        assertValid("ArticleIngestedV1", event);
    }

    @Test
    void anArticleExtractedEventMatchesItsSchema() throws Exception {
        UUID article = UUID.randomUUID();
        Evidence evidence = new Evidence("porter les échanges à 3 milliards", 10, 44);
        ArticleExtractedV1 event = new ArticleExtractedV1(UUID.randomUUID(), ArticleExtractedV1.TYPE, 1, Instant.now(),
                article.toString(), article, "https://example.org/a", "wire", "Title", Instant.now(), "fr", "1.0.0",
                List.of(new PledgeFinding("p1", "trade_turnover", List.of("KG", "KZ"),
                        new Amount(new BigDecimal("3000000000"), "USD"), null, "2030", "Sadyr Japarov", "2025-08-21",
                        null, evidence, 0.9)),
                List.of(new ObservationFinding("o1", "trade_turnover", List.of("KG", "KZ"), new BigDecimal("1.7E+9"),
                        "USD", "2024", "actual", "approx", null, evidence, 0.8)),
                List.of(new AgreementFinding("a1", "roadmap", "feuille de route", List.of("KG", "KZ"), "signed",
                        "2025-08-21", "Bishkek", null, evidence, 0.9)));
        assertValid("ArticleExtractedV1", event);
    }

    @Test
    void aStatusChangedEventMatchesItsSchema() throws Exception {
        UUID commitment = UUID.randomUUID();
        CommitmentStatusChangedV1 event = new CommitmentStatusChangedV1(UUID.randomUUID(),
                CommitmentStatusChangedV1.TYPE, 1, Instant.now(), commitment.toString(), commitment, "trade_turnover",
                List.of("KG", "KZ"), new BigDecimal("3000000000"), "USD", "2030", null, "ON_TRACK",
                new BigDecimal("0.5667"), "observed 41.7 %/yr vs 9.9 %/yr required");
        assertValid("CommitmentStatusChangedV1", event);
    }

    @Test
    void aSubmissionWithAnUnknownFieldIsRejectedByItsSchema() throws Exception {
        JsonNode submission = JSON.readTree("{\"body\": \"text\", \"author\": \"someone\"}");
        assertThat(schema("ArticleSubmission").validate(submission)).isNotEmpty();
    }

    @Test
    void everyTopicIsDescribed() {
        Set<String> addresses = new TreeSet<>();
        document.get("channels").forEach(channel -> addresses.add(channel.get("address").asText()));
        assertThat(addresses).containsExactlyInAnyOrder(Topics.ARTICLES_SUBMITTED, Topics.ARTICLES_INGESTED,
                Topics.ARTICLES_EXTRACTED, Topics.COMMITMENT_STATUS_CHANGED, Topics.ARTICLES_SUBMITTED_DLQ,
                Topics.ARTICLES_INGESTED_DLQ, Topics.ARTICLES_EXTRACTED_DLQ);
    }

    private static void assertValid(String schemaName, Object event) throws Exception {
        Set<ValidationMessage> errors = schema(schemaName).validate(JSON.valueToTree(event));
        assertThat(errors).as(schemaName).isEmpty();
    }

    private static JsonSchema schema(String name) {
        ObjectNode root = document.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/components/schemas/" + name);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    }

    private static String schemaName(Class<?> type) {
        return type.getSimpleName();
    }
}
