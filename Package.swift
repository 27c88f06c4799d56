// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "duties",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "Duties", targets: ["Duties"]),
    .executable(name: "duties", targets: ["duties"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .target(
      name: "Duties",
      dependencies: [
        "CLibXML2",
        .product(name: "OrderedCollections", package: "swift-collections"),
        .product(name: "Yams", package: "Yams"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    .executableTarget(
      name: "duties",
      dependencies: [
        "Duties",
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
      name: "dutiesCLITests",
      dependencies: ["DutiesTestSupport"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
