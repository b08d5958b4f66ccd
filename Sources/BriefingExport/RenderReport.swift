import BriefingLayout
import BriefingModel
import BriefingRender
import Foundation

/// What a render produced: files written, diagnostics, and pages per language.
public struct RenderReport: Sendable, Codable {
    public var outputs: [URL] = []
    public var diagnostics: [Diagnostic] = []
    public var pages: [String: Int] = [:]
    public var failed = false

    public init() {}

    /// A report of one failure that happened before any document could be made.
    init(failure: Diagnostic) {
        diagnostics = [failure]
        failed = true
    }
}

extension RenderReport {
    /// Reports a document's diagnostics and, when none is an error, writes its files.
    mutating func add(_ document: LaidOutDocument, named name: String, pages: Bool, tag: String,
                      request: RenderRequest, location: SourceLocation) {
        let found = request.strict ? document.diagnostics.map(\.escalated) : document.diagnostics
        diagnostics += found
        if found.contains(where: { $0.severity == .error }) {
            failed = true
            return
        }
        do {
            outputs += try Self.write(document, named: name, numberingPages: pages, request: request)
            self.pages[tag] = document.pages.count
        } catch {
            diagnostics.append(.error(at: location, "\(error)"))
            failed = true
        }
    }

    /// Writes a document as `NAME.pdf`, or as images `NAME-PAGE.png|svg` (just `NAME.png`
    /// when not `numberingPages`), under temporary names until every file is complete.
    private static func write(_ document: LaidOutDocument, named name: String, numberingPages: Bool,
                              request: RenderRequest) throws -> [URL] {
        var output = AtomicOutput()
        let folder = request.outputDirectory
        func image(_ page: Int) -> URL {
            let ext = request.format.rawValue
            return output.temporary(for: folder.appendingPathComponent(numberingPages ? "\(name)-\(page).\(ext)" : "\(name).\(ext)"))
        }
        do {
            switch request.format {
            case .pdf:
                let final = folder.appendingPathComponent("\(name).pdf")
                try DocumentRenderer.writePDF(document, to: output.temporary(for: final), creator: "briefing \(Renderer.version)")
            case .svg:
                try DocumentRenderer.writeSVG(document, to: image)
            case .png:
                try DocumentRenderer.writePNG(document, resolution: request.resolution, to: image)
            }
            try output.commit()
        } catch {
            output.discard()
            throw error
        }
        if numberingPages && request.format != .pdf {
            removeStalePages(of: name, after: document.pages.count, in: folder, extension: request.format.rawValue)
        }
        return output.pending.map(\.final)
    }

    /// Pages beyond the last of a shorter new version, left from an earlier render of
    /// the same summary and language: kept, they would read as part of the new one.
    private static func removeStalePages(of name: String, after count: Int, in folder: URL, extension ext: String) {
        var page = count + 1
        while true {
            let stale = folder.appendingPathComponent("\(name)-\(page).\(ext)")
            guard (try? FileManager.default.removeItem(at: stale)) != nil else { return }
            page += 1
        }
    }
}
