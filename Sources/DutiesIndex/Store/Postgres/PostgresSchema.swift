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
        // A file's rows are replaced by one call, one statement and so one transaction: one round trip
        // per file. The lock on its path makes another process that writes the same file wait.
        """
        CREATE FUNCTION duties.replace_document(
          d_path text, d_hash text, d_size bigint, d_modified double precision, d_format text, d_title text,
          d_identifier text, d_version text, d_count bigint, d_indexed_at text, d_extractor text,
          d_commencements text,
          s_path text[], s_heading text[], s_has_heading boolean[], s_line bigint[], s_count bigint[],
          o_kind text[], o_bearer text[], o_has_bearer boolean[], o_action text[], o_sentence text[],
          o_section text[], o_line bigint[], o_column bigint[], o_trigger text[], o_form text[], o_json text[],
          p_ordinal bigint[], p_role text[], p_name text[]) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
          new_id bigint;
        BEGIN
          PERFORM pg_advisory_xact_lock(hashtextextended(d_path, 0));
          DELETE FROM duties.document WHERE path = d_path;
          DELETE FROM duties.failure WHERE path = d_path;
          INSERT INTO duties.document (path, content_hash, size, modified, format, title, identifier, version,
            obligation_count, indexed_at, extractor_version, commencements)
          VALUES (d_path, d_hash, d_size, d_modified, d_format, d_title, d_identifier, d_version, d_count,
            d_indexed_at, d_extractor, d_commencements)
          RETURNING id INTO new_id;
          INSERT INTO duties.section (document_id, ordinal, path, heading, line, obligation_count)
          SELECT new_id, s.ordinal - 1, s.path, CASE WHEN s.has_heading THEN s.heading END, s.line, s.count
          FROM unnest(s_path, s_heading, s_has_heading, s_line, s_count)
            WITH ORDINALITY AS s(path, heading, has_heading, line, count, ordinal);
          WITH inserted AS (
            INSERT INTO duties.obligation (document_id, ordinal, kind, bearer, action, sentence, section, line,
              column_number, trigger, form, json)
            SELECT new_id, o.ordinal - 1, o.kind, CASE WHEN o.has_bearer THEN o.bearer END, o.action, o.sentence,
              o.section, o.line, o.column_number, o.trigger, o.form, o.json
            FROM unnest(o_kind, o_bearer, o_has_bearer, o_action, o_sentence, o_section, o_line, o_column,
              o_trigger, o_form, o_json)
              WITH ORDINALITY AS o(kind, bearer, has_bearer, action, sentence, section, line, column_number,
                trigger, form, json, ordinal)
            RETURNING id, ordinal)
          INSERT INTO duties.party (obligation_id, role, name)
          SELECT inserted.id, p.role, p.name
          FROM unnest(p_ordinal, p_role, p_name) AS p(ordinal, role, name)
          JOIN inserted ON inserted.ordinal = p.ordinal;
        END
        $$
        """,
        """
        CREATE FUNCTION duties.record_failure(
          f_path text, f_hash text, f_size bigint, f_modified double precision, f_message text, f_recorded_at text)
          RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_advisory_xact_lock(hashtextextended(f_path, 0));
          DELETE FROM duties.document WHERE path = f_path;
          DELETE FROM duties.failure WHERE path = f_path;
          INSERT INTO duties.failure (path, content_hash, size, modified, message, recorded_at)
          VALUES (f_path, f_hash, f_size, f_modified, f_message, f_recorded_at);
        END
        $$
        """,
      ])
  ]
}
