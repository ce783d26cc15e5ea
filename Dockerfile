# syntax=docker/dockerfile:1
# Build stage: a virtualenv with the locked dependencies and the package.
FROM python:3.11-slim AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /src
RUN python -m venv /venv
# a compiler and SQLite's headers for the row buffer (graph/store/_rowbuffer.c); the runtime stage needs neither
# (its libsqlite3 is the one Python's sqlite3 module already loads)
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev libsqlite3-dev && rm -rf /var/lib/apt/lists/*
COPY requirements.lock ./
RUN grep -v -E '^(pytest|hypothesis|ruff|schemathesis|iniconfig|pluggy)==' requirements.lock > /tmp/runtime.lock \
 && /venv/bin/pip install -r /tmp/runtime.lock
COPY pyproject.toml setup.py README.md ./
COPY schema schema
COPY text text
COPY extract extract
COPY graph graph
COPY service service
COPY api api
COPY data data
RUN /venv/bin/pip install --no-deps .

# Runtime stage: slim, non-root, jieba's caches warmed at build time.
FROM python:3.11-slim
ENV PATH=/venv/bin:$PATH PYTHONUNBUFFERED=1 FKG_CACHE_DIR=/home/fkg/.cache/fintech-kg
RUN useradd --create-home --uid 10001 fkg
COPY --from=build /venv /venv
WORKDIR /app
# the sample corpus as a file, the input docker-compose's loader names (the CLI's own defaults, the alias table
# and `fkg demo`'s corpus, come from the installed package)
COPY data/corpus data/corpus
RUN mkdir /store && chown fkg:fkg /store
USER fkg
RUN python -c "from extract.jieba_words import get_jieba, word_tags; get_jieba(); word_tags()"
EXPOSE 8000
HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=3)" || exit 1
CMD ["fkg", "serve", "--host", "0.0.0.0", "--port", "8000"]
