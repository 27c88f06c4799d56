// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "duties",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "Duties", targets: ["Duties"]),
    .library(name: "DutiesIndex", targets: ["DutiesIndex"]),
    .library(name: "DutiesPDF", targets: ["DutiesPDF"]),
    .executable(name: "duties", targets: ["duties"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    // `swift package generate-documentation`: the DocC catalogs as a documentation archive or a static site.
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .systemLibrary(
      name: "CZlib",
      pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"])]
    ),
    .target(
      name: "Duties",
      dependencies: [
        "CLibXML2",
        "CZlib",
        .product(name: "OrderedCollections", package: "swift-collections"),
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    .systemLibrary(
      name: "CPoppler",
      pkgConfig: "poppler-glib",
      providers: [.apt(["libpoppler-glib-dev"])]
    ),
    .target(
      name: "DutiesPDF",
      dependencies: ["Duties", "CPoppler"]
    ),
    .target(
      name: "DutiesIndex",
      dependencies: [
        "Duties",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    .executableTarget(
      name: "duties",
      dependencies: [
        "Duties",
        "DutiesIndex",
        "DutiesPDF",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(
      name: "DutiesTestSupport",
      dependencies: ["Duties"],
      path: "Sources/DutiesTestSupport"
    ),
    .testTarget(
      name: "DutiesTests",
      dependencies: ["Duties", "DutiesTestSupport"]
    ),
    .testTarget(
      name: "DutiesPDFTests",
      dependencies: ["DutiesPDF", "Duties", "DutiesTestSupport"]
    ),
    .testTarget(
      name: "DutiesIndexTests",
      dependencies: [
        "DutiesIndex", "Duties", "DutiesTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .testTarget(
      name: "dutiesCLITests",
      dependencies: ["DutiesTestSupport", "DutiesIndex"],
      // The reports of the demo pair, compared byte for byte (ReportSnapshotTests) and read from the source tree.
      exclude: ["Snapshots"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
