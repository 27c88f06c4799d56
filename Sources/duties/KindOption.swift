import ArgumentParser
import Duties
import Foundation

/// `--kind`, alike in `extract`, `summary` and `corpus query`: repeatable, each value a kind of
/// obligation or a comma-separated list of them; the help lists the kinds.
struct KindOption: ParsableArguments {
  @Option(
    name: .long, parsing: .singleValue,
    help: ArgumentHelp("Only obligations of this kind (repeatable, or comma-separated).", valueName: "kind"))
  var kind: [KindList] = []

  /// The kinds asked for, in the order given, each once.
  var list: [ObligationKind] {
    var seen = Set<ObligationKind>()
    return kind.flatMap(\.kinds).filter { seen.insert($0).inserted }
  }

  /// The kinds asked for; `nil` when none was (every kind).
  var set: Set<ObligationKind>? { kind.isEmpty ? nil : Set(list) }
}

/// One value of `--kind`: a kind, or kinds separated by commas ("duty,prohibition").
struct KindList: ExpressibleByArgument {
  var kinds: [ObligationKind]

  init?(argument: String) {
    let kinds = argument.split(separator: ",").map {
      ObligationKind(rawValue: $0.trimmingCharacters(in: .whitespaces))
    }
    guard !kinds.isEmpty, kinds.allSatisfy({ $0 != nil }) else { return nil }
    self.kinds = kinds.compactMap { $0 }
  }

  static var allValueStrings: [String] { ObligationKind.allCases.map(\.rawValue) }
}
