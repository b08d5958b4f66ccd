import BriefingFrame
import BriefingModel
import BriefingStyle
import BriefingText
import Foundation

/// The layout stage: a summary, a style and a language in, pages out.
///
/// It reads no files and draws nothing: images come in as sizes, text goes through
/// the text engine, and the result is frames of positioned items.
public enum DocumentLayout {
    /// Lays out the whole briefing in one language.
    /// - Parameters:
    ///   - imageSizes: pixel sizes of the summary's images, read by the caller.
    public static func layout(_ briefing: Briefing, style: Style, language: String, text: TextEngine,
                              imageSizes: [URL: (width: Int, height: Int)] = [:]) -> LaidOutDocument {
        let context = LayoutContext(briefing: briefing, style: style, language: language, text: text,
                                    imageSizes: imageSizes)
        var flow = Flow()
        context.cover(into: &flow)
        context.keyPoints(into: &flow)
        context.participants(into: &flow)
        context.sections(briefing.sections, prefix: [], into: &flow)
        context.decisions(into: &flow)
        context.actions(into: &flow)
        context.sources(into: &flow)

        let placed = Paginator(pageHeight: context.pageContentHeight).paginate(flow.strips)
        var outline: [OutlineEntry] = []
        var pages: [Page] = []
        for (index, strips) in placed.enumerated() {
            pages.append(context.page(strips, number: index + 1, count: placed.count))
            for anchor in strips.flatMap(\.strip.anchors) {
                outline.append(OutlineEntry(title: anchor.title, destination: anchor.name, level: anchor.level, page: index))
            }
        }
        let title = context.resolve(briefing.title)
        return LaidOutDocument(
            pages: pages, outline: outline, title: title,
            subject: briefing.subtitle.map(context.resolve) ?? title,
            author: briefing.author ?? briefing.issuer.map(context.resolve) ?? "",
            keywords: briefing.id, language: language,
            date: "\(briefing.date.description)T00:00:00Z",
            diagnostics: context.diagnostics, missingCharacters: context.missingCharacters)
    }
}
