import Foundation

/// Where briefing keeps what it builds once and reuses (the font set's fontconfig
/// cache, large hyphenation automata): `$XDG_CACHE_HOME/briefing`, else
/// `~/.cache/briefing`.
public enum CacheFolder {
    public static func named(_ name: String) -> URL {
        let environment = ProcessInfo.processInfo.environment
        let root = environment["XDG_CACHE_HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache")
        return root.appendingPathComponent("briefing/\(name)", isDirectory: true)
    }
}
