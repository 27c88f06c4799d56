import ArgumentParser
import Duties

/// How folders are read, alike in `extract`, `summary` and `corpus index`: `--include`, `--exclude`
/// and the default excludes (``FileFilter``).
struct FolderOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "In folders, read only documents matching this pattern (gitignore syntax: *.md, guidance/**); repeatable.",
      valueName: "glob"))
  var include: [String] = []

  @Option(
    name: .long,
    help: ArgumentHelp(
      "In folders, leave out paths matching this pattern (drafts/, *-old.md; !keep.md takes one back); "
        + "repeatable. A .dutiesignore file in a folder holds such patterns too.",
      valueName: "glob"))
  var exclude: [String] = []

  @Flag(
    name: .long,
    help: ArgumentHelp(
      "Also read the project files skipped by default in folders: "
        + FileFilter.defaultExcludes.joined(separator: ", ") + " (any extension)."))
  var noDefaultExcludes = false

  /// The filter the options give.
  var filter: FileFilter {
    FileFilter(include: include, exclude: exclude, usesDefaultExcludes: !noDefaultExcludes)
  }
}
