"""Property-based tests from the OpenAPI schema (schemathesis) against the
running server: no 500s on any input, responses match their schemas.

The operations are driven directly (schema → hypothesis strategy per
operation) rather than through schemathesis' pytest plugin."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


@pytest.fixture(scope="module")
def api_schema(server: str):
    return schemathesis.openapi.from_url(f"{server}/openapi.json")


def test_schema_lists_every_endpoint(api_schema) -> None:
    paths = {op.ok().path for op in api_schema.get_all_operations()}
    for p in ("/entities", "/companies/{company}/holders", "/companies/{company}/ownership", "/people/{person}/successors",
              "/paths", "/facts", "/ask", "/cypher", "/health", "/stats", "/entities/{entity}/timeline"):
        assert p in paths


def test_api_conforms(api_schema, server: str) -> None:
    for result in api_schema.get_all_operations():
        op = result.ok()

        @given(case=op.as_strategy())
        @settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case: schemathesis.Case) -> None:
            response = case.call(base_url=server, timeout=30)
            # 300 (ambiguous name, candidates listed) and 501 (Cypher on the
            # embedded backend) are documented answers; 5xx otherwise is a bug.
            assert response.status_code < 500 or response.status_code == 501, (case.path, response.text[:300])
            case.validate_response(response, excluded_checks=[schemathesis.checks.positive_data_acceptance,
                                                              schemathesis.checks.negative_data_rejection,
                                                              schemathesis.checks.not_a_server_error])

        check()


@given(st.text(min_size=1, max_size=80))
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_any_question_or_name_never_500(server: str, text: str) -> None:
    import httpx

    for path, params in (("/ask", {"q": text}), ("/entities", {"q": text}), (f"/entities/{text}", None)):
        try:
            r = httpx.get(server + path, params=params, timeout=30)
        except httpx.InvalidURL:
            continue
        assert r.status_code < 500, (path, text, r.text[:200])
