import BriefingModel
import BriefingStyle
import Foundation

/// The repository's `Styles/` folder, found from this file's path so that tests run from any directory.
let stylesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Styles", isDirectory: true)

/// Loads a style from text as if it were the file `test.yaml` beside the bundled styles' folder.
func load(_ yaml: String, relativeTo folder: URL? = nil) -> StyleResult {
    StyleLoader.load(string: yaml, file: "test.yaml", stylesDirectory: stylesDirectory, relativeTo: folder)
}

/// The diagnostics as printed, which is what users see and what tests pin down.
func printed(_ result: StyleResult) -> [String] {
    result.diagnostics.map(\.description)
}

/// A fresh folder for tests that need files, removed when `body` returns.
func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("briefing-style-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
}

extension URL {
    /// Writes `text` to a file in this folder and returns the file's URL.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let url = appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }
}
