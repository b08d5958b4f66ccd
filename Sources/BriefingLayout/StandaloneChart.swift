import BriefingFrame
import BriefingModel
import BriefingStyle
import BriefingText
import Foundation

extension DocumentLayout {
    /// Margin around a chart set on its own, in points.
    static let standaloneMargin = 12.0

    /// One chart as a figure on a page of its own size (number, title, drawing, note,
    /// source), for slides and email bodies; nil when the summary has no such chart.
    public static func chart(_ id: String, of briefing: Briefing, style: Style, language: String,
                             text: TextEngine) -> LaidOutDocument? {
        guard let chart = briefing.chart(id: id) else { return nil }
        let context = LayoutContext(briefing: briefing, style: style, language: language, text: text, imageSizes: [:])
        context.figureCount = (briefing.figureNumber(of: id) ?? 1) - 1
        let strips = context.figure(chart)
        // What the chart itself gave rise to: the summary's title, subtitle and issuer are
        // resolved below only for the file's metadata, and a translation missing there is no
        // fault of the chart (it would fail `--strict` for a fully translated chart).
        let diagnostics = context.diagnostics
        var frame = Frame(width: context.width + 2 * standaloneMargin, height: 0)
        var y = standaloneMargin
        for (index, strip) in strips.enumerated() {
            if index > 0 { y += strip.spaceBefore }
            frame.items += strip.items.map { $0.offset(by: Point(x: standaloneMargin, y: y)) }
            y += strip.height
        }
        frame.height = y + standaloneMargin
        let block = Rect(x: standaloneMargin, y: standaloneMargin, width: context.width, height: y - standaloneMargin)
        let page = Page(frame: frame, label: "1", marks: strips.map(\.mark), textBlock: block)
        var document = context.document(pages: [page], outline: [])
        document.title = chart.title.resolve(language).value
        document.diagnostics = diagnostics
        return document
    }
}

extension Briefing {
    /// The number the chart has in the briefing: charts are numbered in the order
    /// blocks place them.
    func figureNumber(of id: String) -> Int? {
        func placed(_ sections: [Section]) -> [String] {
            sections.flatMap { section in
                section.body.compactMap { block -> String? in
                    if case .chart(let chart) = block.kind { return chart }
                    return nil
                } + placed(section.sections)
            }
        }
        return placed(sections).firstIndex(of: id).map { $0 + 1 }
    }
}
