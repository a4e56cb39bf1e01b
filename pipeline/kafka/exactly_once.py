"""Exactly-once processing with Kafka transactions, with two faults of faust's own fixed.

faust (processing_guarantee="exactly_once") keeps one transactional producer per input partition
and commits each partition's offsets in its transaction. But:

- it picks the transaction of a message it sends by the partition the message goes *to*. With
  more than one partition that is another partition's transaction (or one this worker does not
  own), so a stage's output and the offset of its input are not committed together. Here a
  message sent while an event is processed joins the transaction of the partition that event was
  read *from*;
- a commit takes the offsets of the messages acknowledged so far, and the messages sent for an
  event still being processed go into the same transaction: after a crash the event is read again
  and its output is there twice. Here a commit first lets the events that have started sending
  finish (new ones wait), then takes the offsets;
- table changes reach the producer through a buffer, and a commit does not wait for it: a change
  could miss the transaction of the event that made it, and at a stop end up in one that is never
  committed. Here a commit waits until every buffered change has been written;
- to know how far to read a changelog when it restores a table, faust asks for the last stable
  offset that aiokafka saw in a fetch, which is None before the partition's first fetch: the
  changelog looks empty and the table starts empty after every restart. Here the broker is asked,
  and the tail is read to find the last committed record (the last offset is a marker, which
  faust would wait 10 s for);
- at a rebalance faust forgets the acknowledged offsets of the revoked partitions (with Kafka's
  eager protocol: all of them) before it commits, while their output waits in the open
  transactions: a partition the worker keeps is read again from its last commit and that output
  is sent a second time, in the same transaction. Here what is acknowledged is committed first;
- at a rebalance faust stops the transactional producers of the partitions revoked, but not of those
  that stay with the worker as standby replicas (with two workers: every one it gives up). When such
  a partition comes back, faust "begins" a transaction on the old producer, which the worker that
  had the partition in between has fenced off: every send fails with ProducerFenced and the worker
  stops. Here the producers are made to match the active partitions after every rebalance, and
  one kept across it is put back in a transaction (the commit at the revocation ended its own);
- a stream skips the messages it reads while the flow is stopped (at a rebalance or a stop) or that
  were fetched before the last rebalance, and acknowledges them as if they were processed: the
  commit at a stop, or the next one, takes them, and nobody processes them. Here a message that no
  stream took does not count as acknowledged: it is read again;
- faust takes the acknowledged offsets it is about to commit out of its list before the commit is
  made, and remembers as committed only what it computed itself: an offset list read twice (as a
  commit that waits for sending events does) or a commit that fails loses acknowledged offsets,
  and the filled-in gaps of a transactional topic (its markers) count some offsets twice. Either
  stops the partition's commits for good, and after a restart or rebalance everything since is
  read again. Here the offset to commit is computed from the acknowledged offsets without taking
  them away (`next_commit`); only a commit that was made forgets them;
- at the end of a recovery faust resumes the stream partitions *before* it seeks them to the
  committed offsets, while the fetcher runs, and clears the stream buffers after the seek: messages
  handed out meanwhile are thrown away, the rest of a fetch from before the seek is handed out
  after it, and the same offsets fetched again are dropped as already read (faust's issue #596 is
  of this family). The jump in offsets it read then counts as a "gap", which a commit takes as done:
  a few articles of each partition were never stored after a restart. Here stream partitions paused
  for a rebalance are resumed only once they have been seeked and the buffers cleared; and, as a
  backstop, an offset that held a fetched record is never committed past until it is acknowledged
  (a record lost on its way to a stream holds its partition's commits back instead of being lost);
- aiokafka takes an empty set of partitions to fetch from as "every partition", and faust hands its
  fetch its own set of active partitions, which it empties at the end of a recovery that restored
  tables without standby partitions, while it seeks the streams: a fetch waiting then handed out the
  records just fetched at the streams' committed offsets, which faust threw away as not active. That
  is the lost record the backstop above caught (its partition's commits stayed held until a restart).
  Here a fetch hands out only records of partitions active when it does (`ActiveOnly`);
- faust throws away what a fetch returns while a rebalance has the flow stopped, and seeks "back to
  the committed offsets"; aiokafka leaves a partition without a commit (or with one at 0) where it
  is, so the first records of a new topic's partitions fetched during a rebalance were never read
  again. Here such a partition is sought back to its start (the reset policy is "earliest").
"""

import asyncio
import logging
from collections import defaultdict
from dataclasses import dataclass
from typing import AbstractSet, Any, Awaitable, Callable, Iterable, Mapping, Optional, Set, Tuple

import aiokafka
import faust
from mode import Service
from mode.utils.objects import cached_property
from mode.utils.queues import FlowControlEvent
from faust.streams import current_event
from faust.transport.consumer import RecordMap, TransactionManager
from faust.transport.producer import ProducerBuffer
from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread, Consumer, Producer, Transport
from faust.types import TP, FutureMessage, Message, RecordMetadata, TransportT
from faust.types.tuples import HeadersArg

__all__ = ["ActiveOnly", "DeliveryFailed", "ExactlyOnceApp", "HELD_BACK", "SourcePartitionTransactions", "next_commit",
           "seek_to_committed_or_start"]

log = logging.getLogger(__name__)

FINISH_TIMEOUT = 10.0  # seconds a commit waits for events that have started sending
HELD_BACK = "whose record is not finished"  # in the warning of a partition whose commits are held back
TAIL_RECORDS = 100  # offsets read back from a changelog's end to find its last committed record


class SourcePartitionTransactions(TransactionManager):
    """Each sent message joins the transaction of the input partition being processed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._sending: set[Message] = set()  # events that sent output and are not yet acknowledged
        self._sends_allowed = asyncio.Event()
        self._sends_allowed.set()

    async def on_rebalance(self, assigned: Set[TP], revoked: Set[TP], newly_assigned: Set[TP]) -> None:
        """Keep a transactional producer, in a transaction, for each active partition assigned, and only for those."""
        producer: Any = self.producer
        wanted = self._tps_to_transactional_ids(assigned)  # standby partitions have none
        held = set(producer._transaction_producers)
        for transactional_id in sorted(held - wanted):
            await producer.stop_transaction(transactional_id)
        for transactional_id in sorted(wanted):  # a commit at the revocation may have ended a kept one's
            kept = producer._transaction_producers.get(transactional_id)
            if kept is None or not kept._txn_manager.is_in_transaction():
                await producer.maybe_begin_transaction(transactional_id)
        if held != wanted:
            log.info("transactional producers: %d stopped, %d started, %d kept",
                     len(held - wanted), len(wanted - held), len(held & wanted))

    def _transactional_id(self, tp: TP) -> str:
        return f"{self.app.conf.id}-{self.app.assignor.group_for_topic(tp.topic)}-{tp.partition}"

    async def send(self, topic: str, key: Optional[bytes], value: Optional[bytes], partition: Optional[int],
                   timestamp: Optional[float], headers: Optional[HeadersArg], *,
                   transactional_id: Optional[str] = None) -> Awaitable[RecordMetadata]:
        event = current_event()
        if event is None:  # a table's changelog: its partition is the input partition already
            return self._watched(await super().send(topic, key, value, partition, timestamp, headers))
        message = event.message
        if message not in self._sending:
            await self.start_sending([message])
        if partition is None:  # faust's key_partition also drops a partition given for a topic its consumer does not read
            partition = self.consumer.key_partition(topic, key, partition)
        return self._watched(await self.producer.send(
            topic, key, value, partition, timestamp, headers, transactional_id=self._transactional_id(message.tp),
        ))

    def _watched(self, delivery: Awaitable[RecordMetadata]) -> Awaitable[RecordMetadata]:
        """`delivery`, whose failure the producer remembers: aiokafka commits a transaction whose batch failed."""
        note = getattr(self.producer, "note_delivery", None)
        if note is not None and isinstance(delivery, asyncio.Future):
            delivery.add_done_callback(note)
        return delivery

    async def start_sending(self, messages: Iterable[Message]) -> None:
        """`messages` have output on its way from now on; waits while a commit is taking its offsets
        (output that started then would join the transaction without its message's offset)."""
        await self._sends_allowed.wait()
        for message in messages:  # no await from the gate on: no commit starts in between
            self.sending(message)

    def sending(self, message: Message) -> None:
        """`message` has output on its way: a commit waits until it is acknowledged."""
        self._sending.add(message)

    async def commit(self, offsets: Mapping[TP, int], start_new_transaction: bool = True) -> bool:
        self._sends_allowed.clear()
        try:
            finishing = {m.tp for m in self._sending}
            await self._unfinished_done()
            return await super().commit(self._committable(offsets, finishing), start_new_transaction)
        finally:
            self._sends_allowed.set()

    async def _unfinished_done(self) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + FINISH_TIMEOUT
        unwritten: set[FutureMessage] = getattr(self.app.producer, "unwritten", set())
        while True:
            self._sending = {m for m in self._sending if not m.acked}
            if not self._sending and not unwritten:
                return
            if loop.time() > deadline:
                log.warning("committing while %d events are unfinished: after a crash their output may "
                            "be seen twice", len(self._sending))
                return
            await asyncio.sleep(0.005)

    def _committable(self, offsets: Mapping[TP, int], finishing: set[TP]) -> dict[TP, int]:
        """The offsets again, now that the events that were sending have been acknowledged."""
        consumer: Any = self.consumer
        assigned = consumer.assignment()
        fresh = consumer._filter_committable_offsets(set(offsets) | finishing)  # faust's rule, gaps and all
        merged = {**offsets, **fresh}
        return {tp: offset for tp, offset in merged.items() if tp in assigned}


class DeliveryFailed(RuntimeError):
    """A message sent in a transaction was refused by the broker: the transaction must not be committed."""


class HandingOverBuffer(ProducerBuffer):
    """faust's buffer of table changes, which says when it has handed a change to the producer."""

    on_handed_over: Callable[[FutureMessage], None] = staticmethod(lambda fut: None)

    on_failed: Callable[[BaseException], None] = staticmethod(lambda error: None)

    async def _send_pending(self, fut: FutureMessage) -> None:
        try:
            await super()._send_pending(fut)
        except Exception as error:  # never in a transaction: the commit fails instead of passing over it
            self.on_failed(error)
            self.on_handed_over(fut)
            raise
        self.on_handed_over(fut)  # cancelled (at a stop): unwritten still, and a commit waits for it


class TrackingProducer(Producer):
    """Knows which buffered messages (table changes) have not been handed to the producer yet, and for
    which event; commits the transactions of all input partitions at once.

    A change handed to the producer is in its transaction, whose commit sends it first: a commit
    need not wait for the broker to have it (with the producer's linger, that would be a wait)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        buffer = HandingOverBuffer(loop=self.loop, beacon=self.beacon)
        buffer.__dict__.update({k: v for k, v in vars(self.buffer).items() if k in ("app", "threaded_producer")})
        buffer.on_handed_over, buffer.on_failed = self.unwritten.discard, self.failures.append
        self.buffer = buffer

    def __post_init__(self) -> None:
        super().__post_init__()
        self.unwritten: set[FutureMessage] = set()
        self.failures: list[BaseException] = []  # of messages sent in a transaction that the broker did not take

    def note_delivery(self, delivery: asyncio.Future) -> None:
        if not delivery.cancelled() and delivery.exception() is not None:
            self.failures.append(delivery.exception())  # type: ignore[arg-type]

    async def commit_transactions(self, tid_to_offset_map: Mapping[str, Mapping[TP, int]], group_id: str,
                                  start_new_transaction: bool = True) -> None:
        """faust's commit, but of all the input partitions' transactions side by side: each is a few round
        trips to the broker, and no event may start sending until the last one is done.

        First each transaction's messages are sent and answered: aiokafka would commit a transaction
        one of whose batches the broker refused, with the offsets of the events whose output it held."""
        await asyncio.gather(*[self._sent(transactional_id) for transactional_id in tid_to_offset_map])
        if self.failures:
            raise DeliveryFailed(f"{len(self.failures)} messages of a transaction were not written, the first: "
                                 f"{self.failures[0]!r}; nothing is committed, the events are read again after a restart")
        commit = super().commit_transactions
        outcomes = await asyncio.gather(*[commit({transactional_id: offsets}, group_id, start_new_transaction)
                                          for transactional_id, offsets in tid_to_offset_map.items()],
                                        return_exceptions=True)
        for outcome in outcomes:  # all have ended: the first failure is the commit's
            if isinstance(outcome, BaseException):
                raise outcome

    async def _sent(self, transactional_id: str) -> None:
        producer = self._transaction_producers.get(transactional_id)
        if producer is not None:  # what aiokafka's commit does first, without the linger
            await producer._message_accumulator.flush_for_commit()

    def send_soon(self, fut: FutureMessage) -> None:
        self.unwritten.add(fut)
        fut.add_done_callback(self.unwritten.discard)  # the broker has it (a threaded producer hands over unseen)
        event = current_event()
        transactions = getattr(self.app.consumer, "transactions", None) if self.app.in_transaction else None
        if event is not None and isinstance(transactions, SourcePartitionTransactions):
            transactions.sending(event.message)
        super().send_soon(fut)


class ActiveOnly:
    """The partitions whose records a fetch under way may hand out: faust's set of active partitions as
    it is at that moment, and never "every partition", which is what aiokafka makes of an empty set."""

    def __init__(self, active: AbstractSet[TP]) -> None:
        self._active = active  # faust's own set, which pauses and resumes change while the fetch waits

    def __bool__(self) -> bool:
        return True  # aiokafka filters only `if partitions and tp not in partitions`

    def __contains__(self, tp: object) -> bool:
        return tp in self._active


class StableOffsetsThread(AIOKafkaConsumerThread):
    """Asks the broker where a changelog's committed records end, seeks partitions that have no
    commit yet back to their start, and hands out only the records of active partitions.

    With transactions a partition ends in a commit or abort marker, which no consumer ever
    receives, so faust, waiting for the last offset, only gives up after two 5 s timeouts. Here the
    answer is the offset after the last committed record, found by reading the partition's tail."""

    async def seek_to_committed(self) -> Mapping[TP, int]:
        return await self.call_thread(self._seek_to_committed)

    async def _fetch_records(self, consumer: aiokafka.AIOKafkaConsumer, active_partitions: Optional[Set[TP]],
                             timeout: Optional[float] = None, max_records: Optional[int] = None) -> RecordMap:
        """faust's fetch, which hands out nothing while every partition is paused (see `ActiveOnly`)."""
        partitions: Any = None if active_partitions is None else ActiveOnly(active_partitions)
        return await super()._fetch_records(consumer, partitions, timeout=timeout, max_records=max_records)

    async def _seek_to_committed(self) -> Mapping[TP, int]:
        consumer: aiokafka.AIOKafkaConsumer = self._ensure_consumer()
        return await seek_to_committed_or_start(consumer, self.app.conf.consumer_auto_offset_reset,
                                                self.app.topics.acks_enabled_for)

    async def _highwaters(self, partitions: list[TP]) -> Mapping[TP, int]:
        consumer: Any = self._ensure_consumer()
        ends: dict[TP, int] = dict(await consumer.end_offsets(partitions))
        try:
            last = await _last_committed_records(consumer._client._bootstrap_servers, ends)
        except Exception as error:  # the plain ends are still right, only slower to reach
            log.warning("could not read the changelogs' tails: %s", error)
            return ends
        return {tp: last[tp] + 1 if tp in last else end for tp, end in ends.items()}


async def seek_to_committed_or_start(consumer: aiokafka.AIOKafkaConsumer, reset: str,
                                     committing: Callable[[str], bool]) -> Mapping[TP, int]:
    """aiokafka's seek to the committed offsets; and with the reset policy "earliest", a seek to the start
    of every assigned partition of a `committing` topic without a commit (or with one at 0), which aiokafka
    leaves where it is. Changelogs (whose offsets nobody commits) are faust's recovery's to seek.

    faust throws away what was fetched during a rebalance and seeks "back to the committed offsets":
    for a partition nobody has committed in yet, the records it threw away were never read again."""
    committed = await consumer.seek_to_committed()
    if reset == "earliest":
        assigned = consumer.assignment()  # a rebalance may have begun while the commits were asked for
        uncommitted = [tp for tp, offset in committed.items() if not offset and committing(tp.topic) and tp in assigned]
        if uncommitted:
            await consumer.seek_to_beginning(*uncommitted)
    return committed


async def _last_committed_records(bootstrap: Any, ends: Mapping[TP, int], tail: int = TAIL_RECORDS,
                                  timeout: float = 5.0) -> dict[TP, int]:
    """The offset of the last committed record within the last `tail` offsets of each partition."""
    wanted = {tp: end for tp, end in ends.items() if end > 0}
    if not wanted:
        return {}
    reader = aiokafka.AIOKafkaConsumer(bootstrap_servers=bootstrap, isolation_level="read_committed",
                                       enable_auto_commit=False)
    await reader.start()
    try:
        reader.assign(list(wanted))
        for tp, end in wanted.items():
            reader.seek(tp, max(end - tail, 0))
        last: dict[TP, int] = {}
        deadline = asyncio.get_running_loop().time() + timeout
        while asyncio.get_running_loop().time() < deadline:
            for tp, records in (await reader.getmany(timeout_ms=200)).items():
                last[TP(tp.topic, tp.partition)] = records[-1].offset
            positions = {tp: await reader.position(tp) for tp in wanted}
            if all(positions[tp] >= end for tp, end in wanted.items()):
                break
        return last
    finally:
        await reader.stop()


def next_commit(acked: Iterable[int], gaps: Iterable[tuple[int, int]], committed: int | None,
                records: Iterable[int] = ()) -> int | None:
    """The offset to commit: the end of the run of acknowledged offsets from the last commit on, where
    an offset without a message (a transaction marker, an aborted record: faust's gaps, [begin, end))
    counts as done when a higher offset is acknowledged. None when nothing new can be committed.

    As faust's rule, one offset right at the last commit may be missing (a marker there). But the
    commit never passes an offset in `records` (one a fetch returned a record for) that is not
    acknowledged: a record faust lost on its way to a stream is not a gap."""
    run = acknowledged_run(acked, gaps, committed)
    return run.capped(run.first_unfinished(records)) if run is not None else None


@dataclass(frozen=True)
class AcknowledgedRun:
    """The run of done offsets from the last commit on: [start, end), and the acknowledged among them."""
    finished: frozenset[int]
    start: int
    end: int
    committed: int | None

    def first_unfinished(self, records: Iterable[int]) -> int | None:
        """The first of the fetched `records` below the run's end (and from the last commit on) not acknowledged."""
        return min((record for record in records if record < self.end and record not in self.finished
                    and (self.committed is None or record >= self.committed)), default=None)

    def capped(self, unfinished: int | None) -> int | None:
        """The end of the run, or `unfinished` (its first fetched record not acknowledged); None if that is no progress."""
        offset = self.end if unfinished is None else unfinished
        return offset if offset > (self.start if self.committed is None else self.committed) else None


def acknowledged_run(acked: Iterable[int], gaps: Iterable[tuple[int, int]], committed: int | None) -> AcknowledgedRun | None:
    """faust's rule for the run to commit (see `next_commit`), before fetched records cap it."""
    finished = frozenset(offset for offset in acked if committed is None or offset >= committed)
    if not finished:
        return None
    done = set(finished)
    top = max(done)
    for begin, end in gaps:
        done.update(range(max(begin, committed or 0), min(end, top + 1)))
    start = min(done)
    if committed is not None and start > committed + 1:
        return None
    offset = start
    while offset in done:
        offset += 1
    if committed is not None and offset <= committed:
        return None
    return AcknowledgedRun(finished, start, offset, committed)


class StableOffsetsConsumer(Consumer):
    def __post_init__(self) -> None:
        super().__post_init__()
        self._records: dict[TP, set[int]] = defaultdict(set)  # offsets fetched as records, not yet committed
        self._seek_owed = False  # stream partitions were paused for a rebalance and not seeked since
        self._resume_after_seek: set[TP] = set()  # stream partitions faust resumed before its seek
        self._held_back: dict[TP, int] = {}  # the offset each partition's commits were last held at
        self._early_topics: set[str] = set()  # topics agents asked to commit since the last early commit
        self._early_commit = asyncio.Event()

    def commit_soon(self, topics: Iterable[str]) -> None:
        """An agent has finished a batch read from `topics` (extract: any batch; enrich: one with nothing
        read behind it): commit their partitions now instead of at the next tick of the commit interval.
        Requests that come while a commit is under way are taken together by the next one, so these
        commits come no faster than one at a time.

        The output of a transaction is readable only once it commits, so at a low rate each hop to
        `events.enriched` would otherwise wait half a commit interval on average, and up to a whole one.
        Under a backlog, extract's batches are full (`parse_batch` articles per spaCy process) and enrich
        runs out of input about once per commit of extract's. An earlier rule that held these commits
        back for an interval after the last one saved no CPU that `bench/` could measure, and cost
        0.2-0.3 s of latency per event."""
        self._early_topics.update(topics)
        self._early_commit.set()

    @Service.task
    async def _commit_early(self) -> None:
        while not self.should_stop:
            await self.wait(self._early_commit.wait())
            self._early_commit.clear()
            topics, self._early_topics = self._early_topics, set()
            for _attempt in range(2):  # a commit that only waited for one under way (False) is tried once more
                if not self.app.in_transaction or self.app.rebalancing or self.should_stop:
                    break
                if await self.commit(topics):
                    break

    def _new_offset(self, tp: TP) -> Optional[int]:
        """faust's offset to commit, without taking the acknowledged offsets away (see the module's docstring)."""
        acked: list[int] = self._acked[tp]
        gap: Any = self._gap[tp]
        committed: Optional[int] = self._committed_offset[tp]
        records = self._records[tp]
        if committed is not None:  # what a commit that was made covers is forgotten
            acked[:] = [offset for offset in acked if offset >= committed]
            self._acked_index[tp] = set(acked)
            gap.chop(0, committed)
            records.difference_update([offset for offset in records if offset < committed])
        run = acknowledged_run(acked, [(interval.begin, interval.end) for interval in gap], committed)
        if run is None:
            return None
        held = run.first_unfinished(records)
        if held is not None and self._held_back.get(tp) != held:  # once per offset: a lost record is rare
            self._held_back[tp] = held
            log.warning("commits of %s[%d] held at offset %d, " + HELD_BACK + " while later ones are (one that stays "
                        "held was lost on its way to a stream: it is read again after a rebalance or a restart)",
                        tp.topic, tp.partition, held)
        return run.capped(held)

    async def _wait_next_records(self, timeout: float) -> Tuple[Optional[Mapping[TP, list[Any]]], Optional[Set[TP]]]:
        records, active_partitions = await super()._wait_next_records(timeout)
        acks_enabled_for = self.app.topics.acks_enabled_for  # the others' offsets are never committed
        for tp, fetched in (records or {}).items():
            if acks_enabled_for(tp.topic):
                self._records[tp].update(record.offset for record in fetched)
        return records, active_partitions

    def _streams(self, tps: Set[TP]) -> Set[TP]:
        return {tp for tp in tps if not self._is_changelog_tp(tp)}

    def pause_partitions(self, tps: Iterable[TP]) -> None:
        """faust's pause; stream partitions paused (at a rebalance) are read again only after a seek."""
        tps = set(tps)
        super().pause_partitions(tps)
        streams = self._streams(tps)
        if streams:
            self._seek_owed = True
            self._resume_after_seek -= streams

    def resume_partitions(self, tps: Iterable[TP]) -> None:
        """faust's resume, except that stream partitions wait for the seek to the committed offsets and
        the clearing of the stream buffers that follow it (see `buffers_cleared`)."""
        tps = set(tps)
        streams = self._streams(tps)
        if streams and self._seek_owed:
            self._resume_after_seek |= streams
            tps -= streams
        super().resume_partitions(tps)

    async def perform_seek(self) -> None:
        await super().perform_seek()
        if self._resume_after_seek:  # the seek of a recovery, which resumed the streams first
            self._seek_owed = False

    def buffers_cleared(self) -> None:
        """faust has cleared the stream buffers: stream partitions resumed since the seek may be read."""
        if not self._seek_owed and self._resume_after_seek:
            waiting, self._resume_after_seek = self._resume_after_seek, set()
            super().resume_partitions(waiting)

    def ack(self, message: Message) -> bool:
        """A message that no stream took (skipped: read before a rebalance, or during a stop) is not done."""
        if not message.tracked:
            return False
        return bool(super().ack(message))

    async def on_partitions_revoked(self, revoked: Set[TP]) -> None:
        """Commit what is acknowledged before faust forgets it (see the module's docstring)."""
        if self.app.in_transaction and not self.app.should_stop and self.assignment():
            try:
                if not await self.commit():  # False: it waited for a commit under way; commit the rest
                    await self.commit()
            except Exception as error:  # noqa: BLE001 - then faust's own path: read again, sent twice
                log.warning("could not commit before the rebalance: %s", error)
        await super().on_partitions_revoked(revoked)
        for tp in revoked:  # as faust forgets their acknowledged offsets: read again from the commit
            self._records.pop(tp, None)
            self._resume_after_seek.discard(tp)

    def _new_consumer_thread(self) -> AIOKafkaConsumerThread:
        return StableOffsetsThread(self, loop=self.loop, beacon=self.beacon)


class SeekFirstFlowControl(FlowControlEvent):
    """faust's flow control of the stream buffers, which tells the consumer when it clears them."""

    def __init__(self, app: faust.App, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.app = app

    def clear(self) -> None:
        super().clear()
        consumer = self.app._consumer  # not created here when there is none yet
        if isinstance(consumer, StableOffsetsConsumer):
            consumer.buffers_cleared()


class ExactlyOnceTransport(Transport):
    TransactionManager = SourcePartitionTransactions
    Producer = TrackingProducer
    Consumer = StableOffsetsConsumer


class ExactlyOnceApp(faust.App):
    """A faust app whose transactions follow the input partitions (see the module's docstring)."""

    def _new_transport(self) -> TransportT:
        return ExactlyOnceTransport(self.conf.broker_consumer, self)

    def _new_producer_transport(self) -> TransportT:
        return ExactlyOnceTransport(self.conf.broker_producer, self)

    @cached_property
    def flow_control(self) -> FlowControlEvent:
        return SeekFirstFlowControl(self, loop=self.loop)
