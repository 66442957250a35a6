"""Errors that say nothing about the work being done, only that it was interrupted: try it again.

TRANSIENT_ERRORS come from the database or the broker (a restart, a failover, a dropped connection,
a deadlock); Django wraps most driver errors in its own classes, not every path does.
INTERRUPTIONS are a task's own time limit: code that turns "any error" into a verdict on a document
lets both through, so the task can retry or fail the document for the right reason.
"""

import kombu.exceptions
import psycopg
import redis.exceptions
from celery.exceptions import SoftTimeLimitExceeded
from django.db import InterfaceError, OperationalError

TRANSIENT_ERRORS = (
    OperationalError,
    InterfaceError,
    psycopg.OperationalError,
    psycopg.InterfaceError,
    kombu.exceptions.OperationalError,
    kombu.exceptions.ConnectionError,
    redis.exceptions.ConnectionError,
    redis.exceptions.TimeoutError,
)
INTERRUPTIONS = (*TRANSIENT_ERRORS, SoftTimeLimitExceeded)
