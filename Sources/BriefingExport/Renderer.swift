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
    private let engines: TextEngines
    /// The summaries rendered so far in this run, by output folder and `id`: a second
    /// summary with the same `id` would replace the first one's files.
    private var rendered: [String: String] = [:]

    public init(resources: Resources) {
        self.resources = resources
        engines = TextEngines(resources: resources)
    }

    /// The text engine with every face, created on first use (building the font set
    /// takes a few ms).
    public func textEngine() throws -> TextEngine {
        try engines.engine(cjk: true)
    }

    /// What checking a summary found: the summary and style when they load, the pixel
    /// sizes of its images, and every problem.
    public struct Checked {
        public var briefing: Briefing?
        public var style: Style?
        public var images: [URL: (width: Int, height: Int)] = [:]
        public var diagnostics: [Diagnostic]
    }

    /// Loads and validates a summary, its style and its images without rendering.
    public func check(_ file: URL, displayPath: String, style override: String? = nil) -> Checked {
        let loaded = SummaryLoader.load(contentsOf: file, displayPath: displayPath)
        guard let briefing = loaded.briefing else { return Checked(diagnostics: loaded.diagnostics) }
        var diagnostics = loaded.diagnostics
        let name = override ?? briefing.style?.value ?? StyleLoader.defaultName
        let result = StyleLoader.load(nameOrPath: name, stylesDirectory: resources.styles,
                                      relativeTo: override == nil && briefing.style != nil ? briefing.directory : nil,
                                      requestedAt: override == nil ? briefing.style?.location : nil)
        diagnostics += result.diagnostics
        let images = ImageSizes.read(briefing)
        diagnostics += images.diagnostics
        return Checked(briefing: briefing, style: result.style, images: images.sizes, diagnostics: diagnostics)
    }

    /// Loads, validates and lays out a summary in each of its languages without
    /// drawing anything, so that `check` reports what `render` would: missing
    /// translations and characters no font has, as well as invalid input.
    public func validate(_ file: URL, displayPath: String, style override: String? = nil) -> [Diagnostic] {
        let checked = check(file, displayPath: displayPath, style: override)
        var diagnostics = validate(checked)
        if let briefing = checked.briefing, let duplicate = duplicate(briefing.id, in: "", displayPath: displayPath) {
            diagnostics.append(duplicate)
        }
        return diagnostics
    }

    /// An error when an earlier summary of this run, written to the same folder, has the
    /// same `id`: its files would be replaced. Records the summary otherwise.
    private func duplicate(_ id: String, in folder: String, displayPath: String) -> Diagnostic? {
        let key = folder + "/" + id
        if let first = rendered[key] {
            return .error(at: SourceLocation(file: displayPath, line: 1, column: 1),
                          "`id` `\(id)` is also the id of \(first): rendered together, one would replace the other's files",
                          hint: "give each summary an id of its own")
        }
        rendered[key] = displayPath
        return nil
    }

    private func validate(_ checked: Checked) -> [Diagnostic] {
        guard let briefing = checked.briefing, let style = checked.style,
              !checked.diagnostics.contains(where: { $0.severity == .error }) else { return checked.diagnostics }
        let images = checked.images
        var diagnostics = checked.diagnostics
        var seen = Set(diagnostics)
        for language in briefing.languages {
            guard let document = try? engines.layOut([language], { engine in
                DocumentLayout.layout(briefing, style: style, language: language, text: engine, imageSizes: images)
            }) else { return checked.diagnostics }
            for diagnostic in document.diagnostics where seen.insert(diagnostic).inserted {
                diagnostics.append(diagnostic)
            }
        }
        return diagnostics
    }

    /// A valid summary and its style with the request applied: what every kind of
    /// output starts from. Nil, with the reasons in `report`, otherwise.
    private func prepare(_ file: URL, displayPath: String, request: RenderRequest, report: inout RenderReport)
        -> (briefing: Briefing, style: Style, images: [URL: (width: Int, height: Int)])? {
        let checked = check(file, displayPath: displayPath, style: request.style)
        report.diagnostics = request.strict ? checked.diagnostics.map(\.escalated) : checked.diagnostics
        // A warning stops a strict render before anything is laid out: report with it every
        // other one that laying out would find, as `check --strict` does, so that one run
        // shows all there is to fix.
        if request.strict && !checked.diagnostics.isEmpty && !checked.diagnostics.contains(where: { $0.severity == .error }) {
            report.diagnostics = validate(checked).map(\.escalated)
        }
        guard var style = checked.style, let briefing = checked.briefing,
              !report.diagnostics.contains(where: { $0.severity == .error }) else {
            report.failed = true
            return nil
        }
        if let paper = request.paper { style = style.withPaper(paper) }
        do {
            try FileManager.default.createDirectory(at: request.outputDirectory, withIntermediateDirectories: true)
            return (briefing, style, checked.images)
        } catch {
            report.diagnostics.append(.error(at: SourceLocation(file: displayPath, line: 1, column: 1), "\(error)"))
            report.failed = true
            return nil
        }
    }

    /// Renders one summary as the request says.
    public func render(_ file: URL, displayPath: String, request: RenderRequest) -> RenderReport {
        var report = RenderReport()
        guard let (briefing, style, images) = prepare(file, displayPath: displayPath, request: request, report: &report)
        else { return report }
        let location = SourceLocation(file: displayPath, line: 1, column: 1)
        if let duplicate = duplicate(briefing.id, in: request.outputDirectory.standardizedFileURL.path,
                                     displayPath: displayPath) {
            report.diagnostics.append(duplicate)
            report.failed = true
            return report
        }
        var editions: [Edition] = []
        let requested: [Edition] = request.parallel.map { pair in
            [Edition(tag: "\(pair.0)-\(pair.1)", languages: [pair.0, pair.1])]
        } ?? (request.languages ?? briefing.languages).map { Edition(tag: $0, languages: [$0]) }
        for edition in requested {
            let unknown = Self.unknown(edition.languages, in: briefing, at: location, strict: request.strict)
            report.diagnostics += unknown
            if request.strict && !unknown.isEmpty {
                report.failed = true
            } else {
                editions.append(edition)
            }
        }
        let job = EditionJob(briefing: briefing, style: style, images: images,
                             request: request, location: location)
        let workers = min(request.jobs, editions.count)
        var reports = WorkerProcesses.produce(editions, workers: workers, job: job, resources: resources) ?? []
        if reports.isEmpty && !editions.isEmpty {
            reports = editions.map { job.produce($0, engines: engines) }
        }
        for part in reports {
            report.diagnostics += part.diagnostics
            report.outputs += part.outputs
            report.pages.merge(part.pages) { $1 }
            report.failed = report.failed || part.failed
        }
        return report
    }

    /// A warning (an error under `strict`) for each language the summary does not
    /// provide: its texts then fall back to the original language.
    private static func unknown(_ languages: [String], in briefing: Briefing, at location: SourceLocation,
                                strict: Bool) -> [Diagnostic] {
        languages.filter { !briefing.languages.contains($0) }.map { language in
            let warning = Diagnostic.warning(
                at: location, "'\(language)' is not one of the summary's languages",
                hint: "the summary provides \(briefing.languages.joined(separator: ", "))")
            return strict ? warning.escalated : warning
        }
    }

    /// Writes one chart of a summary on its own, as `ID.CHART.TAG.pdf|svg|png`.
    public func renderChart(_ file: URL, displayPath: String, chart id: String, language: String?,
                            request: RenderRequest) -> RenderReport {
        var report = RenderReport()
        guard let (briefing, style, _) = prepare(file, displayPath: displayPath, request: request, report: &report)
        else { return report }
        let location = SourceLocation(file: displayPath, line: 1, column: 1)
        let language = language ?? briefing.originalLanguage
        report.diagnostics += Self.unknown([language], in: briefing, at: location, strict: request.strict)
        if report.diagnostics.contains(where: { $0.severity == .error }) {
            report.failed = true
            return report
        }
        guard briefing.chart(id: id) != nil else {
            let known = briefing.charts.map(\.id).joined(separator: ", ")
            report.diagnostics.append(.error(at: location, "no chart has the ID `\(id)`",
                                             hint: known.isEmpty ? "the summary has no charts" : "its charts are \(known)"))
            report.failed = true
            return report
        }
        let document: LaidOutDocument
        do {
            document = try engines.layOut([language]) { engine in
                // The chart exists: checked above.
                DocumentLayout.chart(id, of: briefing, style: style, language: language, text: engine)!
            }
        } catch {
            return RenderReport(failure: .error(at: location, "\(error)"))
        }
        report.add(document, named: "\(briefing.id).\(id).\(language)", pages: false, tag: language,
                   request: request, location: location)
        return report
    }
}
