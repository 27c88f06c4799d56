/// The PostgreSQL schema and its versioned migrations (see docs/index-schema.md).
///
/// Every table lives in the `duties` schema, so the index can share a database with other
/// programs' tables. Each migration is a list of statements (PostgreSQL runs one per query), applied
/// in one transaction and recorded in `duties.migration`; it is never edited after release.
enum PostgresSchema {
  /// A migration: its name, as recorded, and its statements.
  struct Migration {
    var name: String
    var statements: [String]
  }

  /// The advisory lock that one process at a time holds while it migrates.
  static let migrationLock: Int64 = 0x6475_7469_6573  // "duties"

  /// What comes before any migration: the schema and the table that records the migrations.
  static let bootstrap = [
    "CREATE SCHEMA IF NOT EXISTS duties",
    "CREATE TABLE IF NOT EXISTS duties.migration (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
  ]

  /// Every migration, oldest first.
  static let migrations = [
    Migration(
      name: "v1: documents, sections, obligations, parties, failures, search",
      statements: [
        // English stemming without stop words, as SQLite's porter tokenizer: "must", "should" and
        // "may" are words an analyst searches for.
        "CREATE TEXT SEARCH DICTIONARY duties.english_stem (TEMPLATE = snowball, Language = english)",
        "CREATE TEXT SEARCH CONFIGURATION duties.english (COPY = pg_catalog.english)",
        """
        ALTER TEXT SEARCH CONFIGURATION duties.english
          ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH duties.english_stem
        """,
        """
        CREATE TABLE duties.document (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          path text NOT NULL UNIQUE,
          content_hash text NOT NULL,
          size bigint NOT NULL,
          modified double precision NOT NULL,
          format text NOT NULL,
          title text,
          identifier text,
          version text,
          obligation_count bigint NOT NULL,
          indexed_at text NOT NULL,
          extractor_version text NOT NULL,
          commencements text
        )
        """,
        """
        CREATE TABLE duties.section (
          document_id bigint NOT NULL REFERENCES duties.document (id) ON DELETE CASCADE,
          ordinal bigint NOT NULL,
          path text NOT NULL,
          heading text,
          line bigint NOT NULL,
          obligation_count bigint NOT NULL,
          PRIMARY KEY (document_id, ordinal)
        )
        """,
        """
        CREATE TABLE duties.obligation (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          document_id bigint NOT NULL REFERENCES duties.document (id) ON DELETE CASCADE,
          ordinal bigint NOT NULL,
          kind text NOT NULL,
          bearer text,
          action text NOT NULL,
          sentence text NOT NULL,
          section text NOT NULL,
          line bigint NOT NULL,
          column_number bigint NOT NULL,
          trigger text NOT NULL,
          form text NOT NULL,
          json text NOT NULL,
          search tsvector GENERATED ALWAYS AS (
            ts_delete(
              to_tsvector('duties.english'::regconfig, sentence)
                || to_tsvector('simple'::regconfig, repeat('dutiesgap ', 102))
                || to_tsvector('duties.english'::regconfig, action),
              'dutiesgap')) STORED,
          UNIQUE (document_id, ordinal)
        )
        """,
        // The sentence and the action are searched together, but a phrase or NEAR never spans the two
        // (as in SQLite's FTS5, where they are two columns): a gap of 102 positions lies between them.
        "CREATE INDEX obligation_kind ON duties.obligation (kind)",
        "CREATE INDEX obligation_search ON duties.obligation USING gin (search)",
        """
        CREATE TABLE duties.party (
          obligation_id bigint NOT NULL REFERENCES duties.obligation (id) ON DELETE CASCADE,
          role text NOT NULL,
          name text NOT NULL
        )
        """,
        "CREATE INDEX party_obligation ON duties.party (obligation_id)",
        "CREATE INDEX party_name ON duties.party (name)",
        """
        CREATE TABLE duties.failure (
          path text PRIMARY KEY,
          content_hash text,
          size bigint NOT NULL,
          modified double precision NOT NULL,
          message text NOT NULL,
          recorded_at text NOT NULL
        )
        """,
      ])
  ]
}
