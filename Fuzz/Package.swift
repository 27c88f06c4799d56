// swift-tools-version: 6.0
// The libFuzzer targets, a package of their own so that the main build and CI do not pay for them.
// Build and run them with `scripts/fuzz TARGET SECONDS` from the repository root.
import PackageDescription

// The sanitizer flags are given on the command line (see scripts/fuzz) so that the library code
// is instrumented for coverage too, not only the entry points.

/// One libFuzzer executable per target, each in `Sources/<name>/`.
func fuzzTarget(_ name: String) -> Target {
  .executableTarget(
    name: name,
    dependencies: [.product(name: "Duties", package: "duties"), "FuzzDriver"]
      + (name == "pdf" ? [.product(name: "DutiesPDF", package: "duties")] : []),
    path: "Sources/\(name)"
  )
}

let package = Package(
  name: "DutiesFuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "duties", path: "..")],
  targets: [.target(name: "FuzzDriver")]
    + ["xml", "html", "markdown", "text", "extract", "diff", "office", "pdf"].map(fuzzTarget),
  swiftLanguageModes: [.v6]
)
