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
        // Pages are built one at a time and each page's strips released once its frame
        // exists, so the document is held once, not twice, at the peak.
        var placed = Paginator(pageHeight: context.pageContentHeight).paginate(context.flow().strips)
        var outline: [OutlineEntry] = []
        var pages: [Page] = []
        for index in placed.indices {
            let strips = placed[index]
            placed[index] = []
            pages.append(context.page(strips, number: index + 1, count: placed.count))
            for anchor in strips.flatMap(\.strip.anchors) {
                outline.append(OutlineEntry(title: anchor.title, destination: anchor.name, level: anchor.level, page: index))
            }
        }
        return context.document(pages: pages, outline: outline)
    }
}

extension LayoutContext {
    /// Every part of the briefing, in reading order.
    func flow() -> Flow {
        var flow = Flow()
        cover(into: &flow)
        keyPoints(into: &flow)
        participants(into: &flow)
        sections(briefing.sections, prefix: [], into: &flow)
        decisions(into: &flow)
        actions(into: &flow)
        sources(into: &flow)
        return flow
    }

    /// Each diagnostic once, in the order first found: the two languages of a parallel
    /// edition (and its tables set across the page) meet the same problems.
    static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.filter { seen.insert($0).inserted }
    }

    /// The document with this context's metadata and diagnostics.
    func document(pages: [Page], outline: [OutlineEntry], titleSuffix: String = "",
                  diagnostics extra: [Diagnostic] = [], missing: [MissingGlyph] = []) -> LaidOutDocument {
        let title = resolve(briefing.title) + titleSuffix
        return LaidOutDocument(
            pages: pages, outline: outline, title: title,
            subject: briefing.subtitle.map(resolve) ?? title,
            author: briefing.author ?? briefing.issuer.map(resolve) ?? "",
            keywords: briefing.id, language: language,
            date: "\(briefing.date.description)T00:00:00Z",
            diagnostics: Self.unique(diagnostics + extra), missingCharacters: missingCharacters + missing)
    }
}
