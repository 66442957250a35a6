"""Small readers for API responses."""

import csv
import io


def results(response) -> list[dict]:
    assert response.status_code == 200, response.content
    return response.json()["results"]


def column(response, key: str = "slug") -> list:
    return [row[key] for row in results(response)]


def streamed_csv(response) -> list[dict]:
    """Consume a streamed CSV response (inside any query-counting block) and parse it."""
    assert response.status_code == 200, response
    assert response.streaming
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))
