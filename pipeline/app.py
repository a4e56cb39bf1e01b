"""The faust app: the topics of the catalogue and the agents that move events between them."""

from functools import cached_property

import faust

from pipeline.monitoring import PipelineMetrics, attach_web_pages
from pipeline.kafka.exactly_once import ExactlyOnceApp
from pipeline.kafka.headed_topic import HeadedTopic
from pipeline.settings import Settings
from pipeline.storage import EventStore
from pipeline.topics import TopicCatalogue, TopicSpec

__all__ = ["Pipeline", "create_pipeline"]


class Pipeline:
    """A faust app with its topics bound, ready for agents to be attached."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.catalogue = TopicCatalogue(settings.topic_prefix, settings.topic_partitions)
        kafka = settings.kafka
        self.app: faust.App = ExactlyOnceApp(
            settings.app_id,
            broker=[f"kafka://{server}" for server in kafka.servers],
            broker_credentials=kafka.faust_credentials(),
            store=settings.worker_store,
            datadir=str(settings.worker_data_dir),
            topic_partitions=settings.topic_partitions,
            topic_replication_factor=settings.topic_replication_factor,
            web_enabled=True,
            web_bind=settings.web_host,
            web_port=settings.web_port,
            web_host=settings.web_host,
            producer_acks=-1,
            producer_linger=settings.producer_linger if settings.producer_linger is not None else (
                0.05 if settings.processing_guarantee == "exactly_once" else 0.005),
            consumer_auto_offset_reset="earliest",
            topic_allow_declare=True,
            processing_guarantee=settings.processing_guarantee,
            broker_session_timeout=settings.session_timeout,
            broker_heartbeat_interval=settings.session_timeout / 4,
            broker_commit_interval=settings.commit_interval,
            consumer_group_instance_id=settings.worker_instance_id,
            Topic=HeadedTopic,  # every message carries content-type and schema-version headers
        )
        self.metrics = PipelineMetrics()
        attach_web_pages(self.app, self.metrics, self.catalogue)

    @cached_property
    def store(self) -> EventStore:
        """The database, shared by the agents that write to it (one pool of connections)."""
        return EventStore(self.settings.database_url)

    def topic(self, spec: TopicSpec) -> faust.TopicT:
        return self.app.topic(
            spec.name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw",
            partitions=spec.partitions,
        )


def create_pipeline(settings: Settings) -> Pipeline:
    """The whole pipe: every stage's agent attached to one app."""
    from pipeline.agents.enrich import attach_enrich_agent
    from pipeline.agents.extract import attach_extract_agent
    from pipeline.agents.sinks import attach_alert_sink, attach_storage_sink

    pipeline = Pipeline(settings)
    attach_extract_agent(pipeline)
    attach_enrich_agent(pipeline)
    attach_storage_sink(pipeline)
    attach_alert_sink(pipeline)
    return pipeline
