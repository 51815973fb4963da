package org.pledgewatch.systemtests.faults;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

import org.pledgewatch.localinfra.KafkaBroker;

/**
 * How far a consumer group has committed on its input topic, and how long it takes to move again after a fault:
 * a consumer that is up and ready but does not consume is a failure too, only a quieter one.
 */
final class ConsumerProgress {

    private final KafkaBroker kafka;

    ConsumerProgress(KafkaBroker kafka) {
        this.kafka = kafka;
    }

    /** Committed offsets of {@code group} on {@code topic} and the topic's end offsets, summed over partitions. */
    record Position(long committed, long end) {

        long lag() {
            return end - committed;
        }
    }

    Position position(String group, String topic) throws Exception {
        try (Admin admin = kafka.admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(10, TimeUnit.SECONDS).get(topic).partitions().stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(partitions.stream()
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get(10, TimeUnit.SECONDS);
            long committedSum = partitions.stream()
                    .mapToLong(p -> committed.get(p) == null ? 0 : committed.get(p).offset()).sum();
            long endSum = ends.values().stream().mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
            return new Position(committedSum, endSum);
        }
    }

    /**
     * How a consumer came back: after how long, and whether it committed again or, having nothing to read, was
     * alone and assigned in its group again (the dead member the kill left behind gone).
     */
    record Resumed(Duration after, boolean committed) {

        @Override
        public String toString() {
            String after = String.format("%.1f s", after().toMillis() / 1000.0);
            return committed ? "committed again after " + after
                    : "had nothing to read; its group was whole again (one live member, partitions assigned) after "
                            + after;
        }
    }

    /**
     * Waits until {@code group} commits past where it stood at {@code before}, or, if nothing is left to read,
     * until the group has settled with one live member holding its partitions. Null if neither happened within
     * {@code timeout}: stuck.
     */
    Resumed awaitMovingAgain(String group, String topic, Position before, Duration timeout) throws Exception {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Position now = position(group, topic);
                if (now.committed() > before.committed()) {
                    return new Resumed(Duration.ofNanos(System.nanoTime() - start), true);
                }
                if (now.lag() == 0 && settled(group)) {
                    return new Resumed(Duration.ofNanos(System.nanoTime() - start), false);
                }
            } catch (Exception e) {
                // the broker may be on its way back: keep asking
            }
            Thread.sleep(250);
        }
        return null;
    }

    /** Stable, with exactly one member, which holds partitions: no dead member is left waiting to expire. */
    boolean settled(String group) throws Exception {
        try (Admin admin = kafka.admin()) {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all()
                    .get(10, TimeUnit.SECONDS).get(group);
            return description.groupState() == GroupState.STABLE && description.members().size() == 1
                    && !description.members().iterator().next().assignment().topicPartitions().isEmpty();
        }
    }

    /** Partitions each live member of {@code group} holds, by member id, once the group is stable. */
    Map<String, Integer> assignment(String group) throws Exception {
        try (Admin admin = kafka.admin()) {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all()
                    .get(10, TimeUnit.SECONDS).get(group);
            if (description.groupState() != GroupState.STABLE) {
                return Map.of();
            }
            return description.members().stream().collect(Collectors.toMap(member -> member.consumerId(),
                    member -> member.assignment().topicPartitions().size()));
        }
    }

    /**
     * Waits until {@code group} is stable with {@code members} members, each holding at least one partition: the
     * rebalance after a scale-up or scale-down is complete. The assignment seen then, or the last one seen.
     */
    Map<String, Integer> awaitSpreadOver(String group, int members, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Integer> seen = Map.of();
        while (System.nanoTime() < deadline) {
            try {
                seen = assignment(group);
                if (seen.size() == members && seen.values().stream().allMatch(partitions -> partitions > 0)) {
                    return seen;
                }
            } catch (Exception e) {
                // a rebalance in progress: ask again
            }
            Thread.sleep(250);
        }
        return seen;
    }
}
