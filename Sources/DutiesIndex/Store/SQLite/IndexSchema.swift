import GRDB

/// The database schema and its versioned migrations (see docs/index-schema.md).
///
/// Each migration is registered once and never edited after release: a database written by an
/// older version of the tool is brought up to date when a newer one opens it.
enum IndexSchema {
  /// The migrator with every migration in order.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: documents, sections, obligations, parties, failures, search") { db in
      try db.create(table: "document") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("path", .text).notNull().unique()
        t.column("contentHash", .text).notNull()
        t.column("size", .integer).notNull()
        t.column("modified", .double).notNull()
        t.column("format", .text).notNull()
        t.column("title", .text)
        t.column("identifier", .text)
        t.column("version", .text)
        t.column("obligationCount", .integer).notNull()
        t.column("indexedAt", .text).notNull()
      }
      try db.create(table: "section") { t in
        t.autoIncrementedPrimaryKey("id")
        t.belongsTo("document", onDelete: .cascade).notNull()
        t.column("ordinal", .integer).notNull()
        t.column("path", .text).notNull()
        t.column("heading", .text)
        t.column("line", .integer).notNull()
        t.column("obligationCount", .integer).notNull()
      }
      try db.create(table: "obligation") { t in
        t.autoIncrementedPrimaryKey("id")
        t.belongsTo("document", onDelete: .cascade).notNull()
        t.column("ordinal", .integer).notNull()
        t.column("kind", .text).notNull().indexed()
        t.column("bearer", .text)
        t.column("action", .text).notNull()
        t.column("sentence", .text).notNull()
        t.column("section", .text).notNull()
        t.column("line", .integer).notNull()
        t.column("columnNumber", .integer).notNull()
        t.column("trigger", .text).notNull()
        t.column("form", .text).notNull()
        t.column("json", .text).notNull()
      }
      try db.create(table: "party") { t in
        t.belongsTo("obligation", onDelete: .cascade).notNull()
        t.column("role", .text).notNull()
        t.column("name", .text).notNull().indexed()
      }
      try db.create(table: "failure") { t in
        t.primaryKey("path", .text)
        t.column("contentHash", .text)
        t.column("size", .integer).notNull()
        t.column("modified", .double).notNull()
        t.column("message", .text).notNull()
        t.column("recordedAt", .text).notNull()
      }
      // Full-text search over obligation sentences and actions, kept in step by triggers.
      try db.execute(
        sql: """
          CREATE VIRTUAL TABLE obligationSearch USING fts5(
            sentence, action, content='obligation', content_rowid='id', tokenize='porter unicode61');
          CREATE TRIGGER obligationSearchInsert AFTER INSERT ON obligation BEGIN
            INSERT INTO obligationSearch(rowid, sentence, action) VALUES (new.id, new.sentence, new.action);
          END;
          CREATE TRIGGER obligationSearchDelete AFTER DELETE ON obligation BEGIN
            INSERT INTO obligationSearch(obligationSearch, rowid, sentence, action)
              VALUES ('delete', old.id, old.sentence, old.action);
          END;
          """)
    }
    migrator.registerMigration("v2: extractor version") { db in
      // Rows written before this migration came from an older extractor: an empty version makes the
      // next index run extract those files again.
      try db.alter(table: "document") { t in
        t.add(column: "extractorVersion", .text).notNull().defaults(to: "")
      }
    }
    migrator.registerMigration("v3: commencements") { db in
      // When each document starts to apply, as JSON; documents indexed before are extracted again.
      try db.alter(table: "document") { t in t.add(column: "commencements", .text) }
      try db.execute(sql: "UPDATE document SET extractorVersion = ''")
    }
    return migrator
  }
}
