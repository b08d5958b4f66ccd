// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "briefing",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "briefing", targets: ["briefing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C libraries, found by pkg-config; only BriefingNative imports them.
        .systemLibrary(
            name: "CCairo", pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(
            name: "CPangoCairo", pkgConfig: "pangocairo pangoft2",
            providers: [.apt(["libpango1.0-dev"])]),
        .systemLibrary(
            name: "CFontconfig", pkgConfig: "fontconfig",
            providers: [.apt(["libfontconfig-dev"])]),
        // libhyphen (LibreOffice's pattern hyphenator); Debian ships no pkg-config file for it.
        .systemLibrary(name: "CHyphen", providers: [.apt(["libhyphen-dev"])]),
        // ICU's line-break iterator, wrapped in C because ICU headers clash with Foundation.
        .target(name: "CBreak", linkerSettings: [.linkedLibrary("icuuc")]),

        .target(name: "BriefingNative", dependencies: ["CCairo", "CPangoCairo", "CFontconfig", "CBreak", "CHyphen"]),
        .target(name: "BriefingModel", dependencies: ["Yams"]),
        .target(name: "BriefingStyle", dependencies: ["BriefingModel", "Yams"]),
        .target(name: "BriefingText", dependencies: ["BriefingNative"]),
        .target(name: "BriefingFrame", dependencies: ["BriefingModel", "BriefingText"]),
        .target(name: "BriefingCharts", dependencies: ["BriefingModel", "BriefingStyle", "BriefingText", "BriefingFrame"]),
        .target(name: "BriefingLayout", dependencies: ["BriefingModel", "BriefingStyle", "BriefingText", "BriefingFrame", "BriefingCharts"]),
        .target(name: "BriefingRender", dependencies: ["BriefingFrame", "BriefingLayout", "BriefingNative", "BriefingText"]),
        .target(name: "BriefingExport", dependencies: ["BriefingModel", "BriefingStyle", "BriefingText", "BriefingLayout", "BriefingRender"]),
        .executableTarget(
            name: "briefing",
            dependencies: [
                "BriefingExport", "BriefingModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(name: "briefing-bench", dependencies: ["BriefingExport", "BriefingModel", "TestSupport"]),

        .target(name: "TestSupport", dependencies: ["BriefingModel", "BriefingNative"], path: "Tests/TestSupport"),
        .testTarget(name: "BriefingModelTests", dependencies: ["BriefingModel", "TestSupport"]),
        .testTarget(name: "BriefingStyleTests", dependencies: ["BriefingStyle", "TestSupport"]),
        .testTarget(name: "BriefingTextTests", dependencies: ["BriefingText", "BriefingNative", "TestSupport"]),
        .testTarget(name: "BriefingChartsTests", dependencies: ["BriefingCharts", "BriefingFrame", "TestSupport"]),
        .testTarget(name: "BriefingLayoutTests", dependencies: ["BriefingLayout", "BriefingStyle", "BriefingText", "BriefingNative", "TestSupport"]),
        .testTarget(name: "BriefingRenderTests", dependencies: ["BriefingRender"]),
        .testTarget(name: "BriefingExportTests", dependencies: ["BriefingExport", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
