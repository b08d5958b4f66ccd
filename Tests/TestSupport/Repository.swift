import BriefingNative
import Foundation

/// The repository checkout the tests run from, and what lives in it.
public enum Repository {
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static var styles: URL { root.appendingPathComponent("Styles") }
    public static var examples: URL { root.appendingPathComponent("Examples") }
    public static var example: URL { examples.appendingPathComponent("vientiane-2025-party-meeting.yaml") }
    /// The debug build of the command-line tool (`swift build` makes it).
    public static var binary: URL { root.appendingPathComponent(".build/debug/briefing") }

    /// The project's private font set, as the renderer builds it: with the Chinese,
    /// Japanese and Korean faces unless `cjk` is false.
    public static func fontSystem(cjk: Bool = true) throws -> FontSystem {
        try FontSystem(
            configurationFiles: (["fonts.conf"] + (cjk ? ["cjk.conf"] : [])).map { root.appendingPathComponent("Fonts/\($0)") },
            directories: [root.appendingPathComponent("Fonts")],
            cacheDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("briefing-test-fontcache"))
    }
}
