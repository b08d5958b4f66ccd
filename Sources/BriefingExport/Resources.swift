import BriefingNative
import Foundation

/// Where the project's styles and fonts are: the folder holding `Styles/` and `Fonts/`.
///
/// Found from `BRIEFING_HOME`, else from the executable's location (a build inside a
/// clone lives in `.build/<config>/`), else the current directory, so that a user can
/// run the built binary from anywhere.
public struct Resources: Sendable {
    public var root: URL

    public init(root: URL) {
        self.root = root
    }

    public var styles: URL { root.appendingPathComponent("Styles", isDirectory: true) }
    public var fonts: URL { root.appendingPathComponent("Fonts", isDirectory: true) }

    public static func locate() -> Resources {
        let environment = ProcessInfo.processInfo.environment
        if let home = environment["BRIEFING_HOME"], !home.isEmpty {
            return Resources(root: URL(fileURLWithPath: home, isDirectory: true))
        }
        var candidates: [URL] = []
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        candidates.insert(URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true), at: 0)
        for candidate in candidates where Self.isRoot(candidate) {
            return Resources(root: candidate)
        }
        return Resources(root: candidates[0])
    }

    private static func isRoot(_ folder: URL) -> Bool {
        let manager = FileManager.default
        return manager.fileExists(atPath: folder.appendingPathComponent("Styles").path)
            && manager.fileExists(atPath: folder.appendingPathComponent("Fonts/fonts.conf").path)
    }

    /// The private font set: `Fonts/fonts.conf`, every font in `Fonts/`, and with `cjk`
    /// the Chinese, Japanese and Korean faces of `Fonts/cjk.conf`.
    public func fontSystem(cjk: Bool = true) throws -> FontSystem {
        let files = ["fonts.conf"] + (cjk ? ["cjk.conf"] : [])
        return try FontSystem(configurationFiles: files.map(fonts.appendingPathComponent), directories: [fonts],
                              cacheDirectory: CacheFolder.named("fontconfig"))
    }
}
