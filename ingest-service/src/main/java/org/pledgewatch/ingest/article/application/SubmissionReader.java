package org.pledgewatch.ingest.article.application;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.pledgewatch.contracts.article.ArticleSubmission;
import org.pledgewatch.ingest.article.domain.SubmissionLimits;
import org.pledgewatch.ingest.article.domain.SubmissionValidator;
import org.pledgewatch.ingest.article.domain.Validation;
import org.pledgewatch.ingest.article.domain.Violation;

/**
 * Reads submissions from raw bytes, REST body or Kafka record alike: strict UTF-8, strict JSON, only the known
 * fields and only strings in them, then the {@link SubmissionValidator} rules.
 */
@ApplicationScoped
public class SubmissionReader {

    private static final Set<String> FIELDS = Set.of("title", "body", "url", "source", "language", "publishedAt");
    private static final int UTF8_CHECK_CHARS = 4096;

    private final ObjectMapper json;
    private final SubmissionValidator validator;

    SubmissionReader(IngestConfig config) {
        this.json = new ObjectMapper();
        // A document nested thousands deep is an attack, not an article.
        this.json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build());
        this.validator = new SubmissionValidator(SubmissionLimits.withMaxBodyBytes(config.maxBodyBytes()),
                Clock.systemUTC());
    }

    /** One submission: a JSON object. */
    public Validation readOne(byte[] bytes) {
        if (bytes.length == 0) {
            return Validation.Invalid.of("$", "is empty");
        }
        try {
            checkUtf8(bytes);
            return validate(json.readTree(bytes));
        } catch (MalformedInputException e) {
            return Validation.Invalid.of("$", "is not valid UTF-8 (byte " + e.getInputLength() + " of a bad sequence)");
        } catch (CharacterCodingException e) {
            return Validation.Invalid.of("$", "is not valid UTF-8");
        } catch (JsonProcessingException e) {
            return Validation.Invalid.of("$", "is not valid JSON: " + e.getOriginalMessage() + location(e));
        } catch (IOException e) {
            return Validation.Invalid.of("$", "could not be read: " + e.getMessage());
        }
    }

    /**
     * Several submissions: a JSON array, or one JSON object per line (NDJSON). The array is read from the bytes one
     * item at a time, each item's tree dropped once validated: a batch is never held as text or as one tree.
     */
    public List<Validation> readMany(byte[] bytes, boolean ndjson, int maxItems) throws BatchFormatException {
        try {
            checkUtf8(bytes);
        } catch (CharacterCodingException e) {
            throw new BatchFormatException("the batch is not valid UTF-8");
        }
        if (ndjson) {
            return readLines(new String(bytes, StandardCharsets.UTF_8), maxItems);
        }
        List<Validation> items = new ArrayList<>();
        try (JsonParser parser = json.createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new BatchFormatException(
                        "a JSON batch must be an array of articles (or send application/x-ndjson)");
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                checkSize(items.size() + 1, maxItems);
                JsonNode item = json.readTree(parser);
                items.add(validate(item));
            }
        } catch (JsonProcessingException e) {
            throw new BatchFormatException("the batch is not valid JSON: " + e.getOriginalMessage() + location(e));
        } catch (IOException e) {
            throw new BatchFormatException("the batch could not be read: " + e.getMessage());
        }
        return items;
    }

    private List<Validation> readLines(String text, int maxItems) throws BatchFormatException {
        List<Validation> items = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (!line.isBlank()) {
                checkSize(items.size() + 1, maxItems);
                items.add(readOne(line.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return items;
    }

    private Validation validate(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Validation.Invalid.of("$", "must be a JSON object");
        }
        List<Violation> violations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!FIELDS.contains(field.getKey())) {
                violations.add(new Violation(field.getKey(), "is not a known field; expected " + FIELDS));
            } else if (!field.getValue().isTextual() && !field.getValue().isNull()) {
                violations.add(new Violation(field.getKey(), "must be a string, not " + describe(field.getValue())));
            }
        }
        if (!violations.isEmpty()) {
            return new Validation.Invalid(violations);
        }
        return validator.validate(new ArticleSubmission(text(node, "title"), text(node, "body"), text(node, "url"),
                text(node, "source"), text(node, "language"), text(node, "publishedAt")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.textValue();
    }

    private static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> value.getNodeType().name().toLowerCase();
        };
    }

    private static void checkSize(int size, int maxItems) throws BatchFormatException {
        if (size > maxItems) {
            throw new BatchFormatException("a batch holds at most " + maxItems + " articles");
        }
    }

    /**
     * Strict UTF-8, checked without keeping the text: the JSON parser then reads the bytes themselves (decoding a
     * 100-article batch into a string first took a few MiB per request).
     */
    private static void checkUtf8(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer scratch = CharBuffer.allocate(UTF8_CHECK_CHARS);
        CoderResult result;
        do {
            scratch.clear();
            result = decoder.decode(in, scratch, true);
            if (result.isError()) {
                result.throwException();
            }
        } while (result.isOverflow());
        scratch.clear();
        result = decoder.flush(scratch);
        if (result.isError()) {
            result.throwException();
        }
    }

    private static String location(JsonProcessingException e) {
        if (e instanceof JsonParseException && e.getLocation() != null) {
            return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        }
        return "";
    }

    /** The batch as a whole cannot be read; no item in it was considered. */
    public static class BatchFormatException extends Exception {
        public BatchFormatException(String message) {
            super(message);
        }
    }
}
