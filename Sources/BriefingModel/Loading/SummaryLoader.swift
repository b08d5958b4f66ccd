import Foundation

/// What loading a summary gives: the briefing when the file has no error, and every
/// diagnostic found, in file order.
public struct LoadResult: Sendable {
    /// Nil when any diagnostic is an error.
    public var briefing: Briefing?
    public var diagnostics: [Diagnostic]

    public init(briefing: Briefing?, diagnostics: [Diagnostic]) {
        self.briefing = briefing
        self.diagnostics = diagnostics
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Reads a summary file (YAML, or JSON for `.json`) into a checked `Briefing`.
///
/// Loading never traps and never throws: every problem, from a missing file to an
/// alias bomb, comes back as a `Diagnostic` with the file, line and column it concerns.
public enum SummaryLoader {
    /// `displayPath` is how messages name the file (the path as the user typed it);
    /// by default the URL's path. Image paths resolve against the file's folder.
    public static func load(contentsOf url: URL, displayPath: String? = nil) -> LoadResult {
        let file = displayPath ?? url.path
        let start = SourceLocation(file: file, line: 1, column: 1)
        let attributes = try? url.resourceValues(forKeys: [.fileSizeKey, .isRegularFileKey])
        guard let attributes else {
            return LoadResult(briefing: nil, diagnostics: [.error(at: start, "cannot read the summary: no such file")])
        }
        guard attributes.isRegularFile == true else {
            return LoadResult(briefing: nil, diagnostics: [.error(at: start, "cannot read the summary: not a regular file")])
        }
        // Checked before reading, so that a huge file costs nothing.
        if let size = attributes.fileSize, size > Limits.fileSize {
            return tooLarge(size, at: start)
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return LoadResult(briefing: nil,
                              diagnostics: [.error(at: start, "cannot read the summary: \(error.localizedDescription)")])
        }
        return load(bytes: [UInt8](data), file: file, directory: url.deletingLastPathComponent(),
                    json: url.pathExtension.lowercased() == "json")
    }

    /// Loads a summary held in memory; `file` names it in messages and decides the
    /// format (`.json` is JSON, anything else YAML); image paths resolve against
    /// `directory`, by default the folder `file` names.
    public static func load(string: String, file: String = "summary.yaml", directory: URL? = nil) -> LoadResult {
        let folder = directory ?? URL(fileURLWithPath: file).deletingLastPathComponent()
        return load(bytes: Array(string.utf8), file: file, directory: folder,
                    json: (file as NSString).pathExtension.lowercased() == "json")
    }

    private static func load(bytes: [UInt8], file: String, directory: URL, json: Bool) -> LoadResult {
        let start = SourceLocation(file: file, line: 1, column: 1)
        // Files are checked before reading; this covers summaries given as strings.
        guard bytes.count <= Limits.fileSize else {
            return tooLarge(bytes.count, at: start)
        }
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let offset = TextPosition.firstInvalidUTF8(in: text) {
            let position = TextPosition(of: offset, in: text)
            let location = SourceLocation(file: file, line: position.line, column: position.column)
            return LoadResult(briefing: nil, diagnostics: [.error(at: location, "the summary is not valid UTF-8 text")])
        }
        let (root, readProblems) = json ? JSONReader.read(text, file: file) : YAMLReader.read(text, file: file)
        guard let root else {
            let problems = readProblems.isEmpty ? [.error(at: start, "the summary is empty")] : readProblems
            return LoadResult(briefing: nil, diagnostics: problems)
        }
        let builder = SummaryBuilder(file: file, directory: directory.standardizedFileURL, source: text)
        let briefing = builder.document(root)
        return LoadResult(briefing: readProblems.isEmpty ? briefing : nil, diagnostics: inFileOrder(readProblems + builder.diagnostics))
    }

    private static func tooLarge(_ size: Int, at location: SourceLocation) -> LoadResult {
        LoadResult(briefing: nil, diagnostics: [
            .error(at: location, "the summary is \(size) bytes; files over \(Limits.fileSize / 1024 / 1024) MiB are refused"),
        ])
    }

    /// Sorted by position, with repeats removed: a value reached through several YAML
    /// aliases is checked once per alias but its problem is reported once.
    private static func inFileOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return diagnostics.enumerated()
            .sorted { ($0.element.location.line, $0.element.location.column, $0.offset)
                    < ($1.element.location.line, $1.element.location.column, $1.offset) }
            .map(\.element)
            .filter { seen.insert($0).inserted }
    }
}
