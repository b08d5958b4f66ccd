import BriefingLayout
import BriefingModel
import BriefingStyle
import BriefingText
import Foundation

/// One output document of a render: a language, or two side by side.
struct Edition: Sendable {
    /// What the file name carries: `fr`, or `fr-lo` for a parallel edition.
    var tag: String
    var languages: [String]
}

/// Everything the editions of one summary share, so that they can be laid out and
/// written independently of one another, in as many worker processes as there are jobs.
struct EditionJob: Sendable {
    var briefing: Briefing
    var style: Style
    var images: [URL: (width: Int, height: Int)]
    var request: RenderRequest
    var location: SourceLocation

    /// Lays out one edition with the smallest font set it needs and writes its files.
    func produce(_ edition: Edition, engines: TextEngines) -> RenderReport {
        let document: LaidOutDocument
        do {
            document = try engines.layOut(edition.languages) { engine in
                edition.languages.count == 2
                    ? DocumentLayout.layoutParallel(briefing, style: style, languages: (edition.languages[0], edition.languages[1]),
                                                    text: engine, imageSizes: images)
                    : DocumentLayout.layout(briefing, style: style, language: edition.tag, text: engine, imageSizes: images)
            }
        } catch {
            return RenderReport(failure: .error(at: location, "\(error)"))
        }
        var report = RenderReport()
        report.add(document, named: "\(briefing.id).\(edition.tag)", pages: true, tag: edition.tag,
                   request: request, location: location)
        return report
    }
}
