import BriefingLayout
import BriefingModel
import BriefingRender
import BriefingStyle
import BriefingText
import Foundation

/// The whole pipeline for one summary: load, resolve the style, lay out each
/// language, draw, and move the files into place.
public final class Renderer {
    public static let version = "0.1.0"
    public let resources: Resources
    private var engine: TextEngine?

    public init(resources: Resources) {
        self.resources = resources
    }

    /// The text engine, created on first use (building the font set takes a few ms).
    public func textEngine() throws -> TextEngine {
        if let engine { return engine }
        let created = TextEngine(fonts: try resources.fontSystem())
        engine = created
        return created
    }

    /// Loads and validates a summary and its style without rendering.
    public func check(_ file: URL, displayPath: String, style override: String? = nil)
        -> (briefing: Briefing?, style: Style?, diagnostics: [Diagnostic]) {
        let loaded = SummaryLoader.load(contentsOf: file, displayPath: displayPath)
        guard let briefing = loaded.briefing else { return (nil, nil, loaded.diagnostics) }
        var diagnostics = loaded.diagnostics
        let name = override ?? briefing.style?.value ?? StyleLoader.defaultName
        let result = StyleLoader.load(nameOrPath: name, stylesDirectory: resources.styles,
                                      relativeTo: override == nil && briefing.style != nil ? briefing.directory : nil,
                                      requestedAt: override == nil ? briefing.style?.location : nil)
        diagnostics += result.diagnostics
        let images = ImageSizes.read(briefing)
        diagnostics += images.diagnostics
        return (briefing, result.style, diagnostics)
    }

    /// Loads, validates and lays out a summary in each of its languages without
    /// drawing anything, so that `check` reports what `render` would: missing
    /// translations and characters no font has, as well as invalid input.
    public func validate(_ file: URL, displayPath: String, style override: String? = nil) -> [Diagnostic] {
        let checked = check(file, displayPath: displayPath, style: override)
        guard let briefing = checked.briefing, let style = checked.style,
              !checked.diagnostics.contains(where: { $0.severity == .error }) else { return checked.diagnostics }
        guard let engine = try? textEngine() else { return checked.diagnostics }
        let images = ImageSizes.read(briefing).sizes
        var diagnostics = checked.diagnostics
        var seen = Set(diagnostics)
        for language in briefing.languages {
            let document = DocumentLayout.layout(briefing, style: style, language: language, text: engine, imageSizes: images)
            for diagnostic in document.diagnostics where seen.insert(diagnostic).inserted {
                diagnostics.append(diagnostic)
            }
        }
        return diagnostics
    }

    /// Renders one summary as the request says.
    public func render(_ file: URL, displayPath: String, request: RenderRequest) -> RenderReport {
        var report = RenderReport()
        let checked = check(file, displayPath: displayPath, style: request.style)
        report.diagnostics = request.strict ? checked.diagnostics.map(\.escalated) : checked.diagnostics
        guard var style = checked.style, let briefing = checked.briefing,
              !report.diagnostics.contains(where: { $0.severity == .error }) else {
            report.failed = true
            return report
        }
        if let paper = request.paper { style = style.withPaper(paper) }
        let languages = request.languages ?? briefing.languages
        let location = SourceLocation(file: displayPath, line: 1, column: 1)
        let engine: TextEngine
        do {
            engine = try textEngine()
        } catch {
            report.diagnostics.append(.error(at: location, "cannot set up fonts: \(error)"))
            report.failed = true
            return report
        }
        let images = ImageSizes.read(briefing).sizes
        do {
            try FileManager.default.createDirectory(at: request.outputDirectory, withIntermediateDirectories: true)
        } catch {
            report.diagnostics.append(.error(at: location, "cannot create \(request.outputDirectory.path): \(error.localizedDescription)"))
            report.failed = true
            return report
        }
        let editions: [(tag: String, languages: [String])] = request.parallel.map { pair in
            [("\(pair.0)-\(pair.1)", [pair.0, pair.1])]
        } ?? languages.map { ($0, [$0]) }
        for edition in editions {
            let unknown = edition.languages.filter { !briefing.languages.contains($0) }
            for language in unknown {
                let warning = Diagnostic.warning(
                    at: location, "'\(language)' is not one of the summary's languages",
                    hint: "the summary provides \(briefing.languages.joined(separator: ", "))")
                report.diagnostics.append(request.strict ? warning.escalated : warning)
            }
            if request.strict && !unknown.isEmpty {
                report.failed = true
                continue
            }
            let document = edition.languages.count == 2
                ? DocumentLayout.layoutParallel(briefing, style: style, languages: (edition.languages[0], edition.languages[1]),
                                                text: engine, imageSizes: images)
                : DocumentLayout.layout(briefing, style: style, language: edition.tag, text: engine, imageSizes: images)
            var diagnostics = document.diagnostics
            if request.strict { diagnostics = diagnostics.map(\.escalated) }
            report.diagnostics += diagnostics
            if diagnostics.contains(where: { $0.severity == .error }) {
                report.failed = true
                continue
            }
            do {
                report.outputs += try write(document, id: briefing.id, tag: edition.tag, request: request)
                report.pages[edition.tag] = document.pages.count
            } catch {
                report.diagnostics.append(.error(at: location, "\(error)"))
                report.failed = true
            }
        }
        return report
    }

    /// Writes one chart of a summary on its own, as `ID.CHART.TAG.pdf|svg|png`.
    public func renderChart(_ file: URL, displayPath: String, chart id: String, language: String?,
                            request: RenderRequest) -> RenderReport {
        var report = RenderReport()
        let checked = check(file, displayPath: displayPath, style: request.style)
        report.diagnostics = checked.diagnostics
        guard let briefing = checked.briefing, var style = checked.style,
              !checked.diagnostics.contains(where: { $0.severity == .error }) else {
            report.failed = true
            return report
        }
        if let paper = request.paper { style = style.withPaper(paper) }
        let location = SourceLocation(file: displayPath, line: 1, column: 1)
        let language = language ?? briefing.originalLanguage
        do {
            let engine = try textEngine()
            guard let document = DocumentLayout.chart(id, of: briefing, style: style, language: language, text: engine) else {
                let known = briefing.charts.map(\.id).joined(separator: ", ")
                report.diagnostics.append(.error(at: location, "no chart has the ID `\(id)`",
                                                 hint: known.isEmpty ? "the summary has no charts" : "its charts are \(known)"))
                report.failed = true
                return report
            }
            let diagnostics = request.strict ? document.diagnostics.map(\.escalated) : document.diagnostics
            report.diagnostics += diagnostics
            guard !diagnostics.contains(where: { $0.severity == .error }) else {
                report.failed = true
                return report
            }
            try FileManager.default.createDirectory(at: request.outputDirectory, withIntermediateDirectories: true)
            var output = AtomicOutput()
            let final = request.outputDirectory.appendingPathComponent("\(briefing.id).\(id).\(language).\(request.format.rawValue)")
            do {
                switch request.format {
                case .pdf: try DocumentRenderer.writePDF(document, to: output.temporary(for: final), creator: "briefing \(Self.version)")
                case .svg: try DocumentRenderer.writeSVG(document) { _ in output.temporary(for: final) }
                case .png: try DocumentRenderer.writePNG(document, resolution: request.resolution) { _ in output.temporary(for: final) }
                }
                try output.commit()
            } catch {
                output.discard()
                throw error
            }
            report.outputs = [final]
            report.pages[language] = 1
        } catch {
            report.diagnostics.append(.error(at: location, "\(error)"))
            report.failed = true
        }
        return report
    }

    /// Writes a document's files as `ID.TAG.pdf`, or `ID.TAG-PAGE.png|svg`; TAG is a
    /// language or, for a parallel edition, two joined by a hyphen.
    private func write(_ document: LaidOutDocument, id: String, tag: String, request: RenderRequest) throws -> [URL] {
        var output = AtomicOutput()
        let folder = request.outputDirectory
        let creator = "briefing \(Self.version)"
        do {
            switch request.format {
            case .pdf:
                let final = folder.appendingPathComponent("\(id).\(tag).pdf")
                try DocumentRenderer.writePDF(document, to: output.temporary(for: final), creator: creator)
            case .svg:
                try DocumentRenderer.writeSVG(document) { page in
                    output.temporary(for: folder.appendingPathComponent("\(id).\(tag)-\(page).svg"))
                }
            case .png:
                try DocumentRenderer.writePNG(document, resolution: request.resolution) { page in
                    output.temporary(for: folder.appendingPathComponent("\(id).\(tag)-\(page).png"))
                }
            }
            try output.commit()
        } catch {
            output.discard()
            throw error
        }
        return output.pending.map(\.final)
    }
}
