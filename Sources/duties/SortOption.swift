import ArgumentParser
import Duties

/// `--sort document|kind`: the order a comparison lists its changes in.
struct SortOption: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The order of the changes: document (the new version's order, section by section) or kind (sections with "
        + "the most consequential changes first).", valueName: "order"))
  var sort: ChangeOrder = .document
}

extension ChangeOrder: ExpressibleByArgument {}
