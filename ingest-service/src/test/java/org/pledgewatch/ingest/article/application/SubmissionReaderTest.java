package org.pledgewatch.ingest.article.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.pledgewatch.ingest.article.domain.Validation;

/** Batches read straight from their bytes: strict UTF-8 over the whole batch, each item as it was sent. */
class SubmissionReaderTest {

    private final SubmissionReader reader = new SubmissionReader(new IngestConfig() {
        @Override
        public int maxBodyBytes() {
            return 524288;
        }

        @Override
        public int maxBatchItems() {
            return 1000;
        }

        @Override
        public double requestsPerSecond() {
            return 50;
        }

        @Override
        public boolean transactionPerBatch() {
            return true;
        }

        @Override
        public double requestBurst() {
            return 100;
        }
    });

    private static final String BODY = "Les échanges ont atteint 1,2 milliard d’euros (€) en 2025, « un record » 🚀.";

    private static String item(int i) {
        return """
                {"body": "%s Dépêche n° %d.", "url": "https://news.example.org/reader/%d", "language": "fr"}"""
                .formatted(BODY, i, i);
    }

    private static byte[] batch(int items) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            all.add(item(i));
        }
        return ("[" + String.join(",", all) + "]").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void eachItemOfALargeBatchKeepsItsTextIntact() throws Exception {
        List<Validation> items = reader.readMany(batch(60), false, 1000);

        assertThat(items).hasSize(60).allSatisfy(item -> assertThat(item).isInstanceOf(Validation.Valid.class));
        Validation.Valid last = (Validation.Valid) items.get(59);
        assertThat(last.article().body()).isEqualTo(BODY + " Dépêche n° 59.");
    }

    @Test
    void aBadByteFarIntoTheBatchRejectsTheWholeBatch() {
        byte[] good = batch(100);
        assertThat(good.length).as("past the first stretch the check decodes").isGreaterThan(3 * 4096);
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        bad.write(good, 0, good.length - 40);
        bad.write(0xC3); // a lead byte whose continuation is missing
        bad.write(good, good.length - 40, 40);

        assertThatThrownBy(() -> reader.readMany(bad.toByteArray(), false, 1000))
                .isInstanceOf(SubmissionReader.BatchFormatException.class).hasMessage("the batch is not valid UTF-8");
    }

    @Test
    void aBatchCutInAMultiByteCharacterIsRejected() {
        byte[] euro = "[{\"body\": \"€".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(euro, euro.length - 1);

        assertThatThrownBy(() -> reader.readMany(cut, false, 1000))
                .isInstanceOf(SubmissionReader.BatchFormatException.class).hasMessage("the batch is not valid UTF-8");
    }

    @Test
    void brokenJsonAfterValidItemsRejectsTheWholeBatchWithItsPlace() {
        String text = "[" + item(1) + "," + item(2) + ", {\"body\": }]";

        assertThatThrownBy(() -> reader.readMany(text.getBytes(StandardCharsets.UTF_8), false, 1000))
                .isInstanceOf(SubmissionReader.BatchFormatException.class)
                .hasMessageContaining("not valid JSON").hasMessageContaining("line 1");
    }

    @Test
    void aBatchOverTheLimitIsRejectedAsSuch() {
        assertThatThrownBy(() -> reader.readMany(batch(3), false, 2))
                .isInstanceOf(SubmissionReader.BatchFormatException.class).hasMessageContaining("at most 2");
    }
}
