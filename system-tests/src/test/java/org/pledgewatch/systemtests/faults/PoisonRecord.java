package org.pledgewatch.systemtests.faults;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A record on {@code articles.submitted} that can never become an article. Its key names it
 * ({@code poison-<kind>-<n>}), so that its copy on the dead-letter topic can be recognised; the dead-letter reason
 * must mention {@link Kind#reasonMentions()}.
 */
record PoisonRecord(String key, Kind kind, byte[] value) {

    static final String KEY_PREFIX = "poison-";

    enum Kind {
        MALFORMED_JSON("JSON"),
        DATE_IN_3025("publishedAt"),
        MISSING_BODY("body"),
        WRONG_TYPES("must be a string"),
        UNKNOWN_FIELD("not a known field"),
        INVALID_UTF8("UTF-8"),
        NOT_AN_OBJECT("JSON object"),
        CONTROL_CHARACTER("control character"),
        NO_VALUE("no value");

        private final String reasonMentions;

        Kind(String reasonMentions) {
            this.reasonMentions = reasonMentions;
        }

        String reasonMentions() {
            return reasonMentions;
        }
    }

    /** The {@code n}-th poison record: the kinds take turns, so any run of consecutive numbers covers them all. */
    static PoisonRecord number(int n) {
        Kind kind = Kind.values()[n % Kind.values().length];
        return new PoisonRecord(KEY_PREFIX + kind.name().toLowerCase().replace('_', '-') + "-" + n, kind, value(kind, n));
    }

    private static byte[] value(Kind kind, int n) {
        String url = "https://faults.example.org/poison/" + n;
        return switch (kind) {
            case MALFORMED_JSON -> utf8("{\"title\": \"Broken record " + n + "\", \"body\": \"Trade between");
            case DATE_IN_3025 -> utf8(article(url, "Trade between Kazakhstan and Uzbekistan reached $9.999 billion "
                    + "in 3024, poison " + n + ".", "\"3025-01-01\""));
            case MISSING_BODY -> utf8("{\"title\": \"No body " + n + "\", \"url\": \"" + url + "\", \"language\": \"en\"}");
            case WRONG_TYPES -> utf8("{\"title\": [\"a\", \"list\"], \"body\": 12345, \"url\": \"" + url
                    + "\", \"publishedAt\": 20250615}");
            case UNKNOWN_FIELD -> utf8("{\"title\": \"Extra field " + n + "\", \"body\": \"Poison " + n
                    + " has a field nobody knows.\", \"url\": \"" + url + "\", \"author\": \"Somebody\"}");
            case INVALID_UTF8 -> invalidUtf8(url, n);
            case NOT_AN_OBJECT -> utf8("[\"poison\", " + n + "]");
            case CONTROL_CHARACTER -> utf8("{\"title\": \"Bell \\u0007 " + n + "\", \"body\": \"Poison " + n
                    + " rings a bell in its title.\", \"url\": \"" + url + "\"}");
            case NO_VALUE -> null;
        };
    }

    private static String article(String url, String body, String publishedAt) {
        return "{\"title\": \"Poison\", \"body\": \"" + body + "\", \"url\": \"" + url
                + "\", \"language\": \"en\", \"publishedAt\": " + publishedAt + "}";
    }

    private static byte[] invalidUtf8(String url, int n) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8("{\"title\": \"Bad bytes " + n + "\", \"url\": \"" + url + "\", \"body\": \"Caf"));
        bytes.write(0xC3);
        bytes.write(0x28); // not a continuation byte: invalid UTF-8
        bytes.write(0xFF);
        bytes.writeBytes(utf8(" in the text of poison " + n + ".\"}"));
        return bytes.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
