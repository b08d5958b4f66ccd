import BriefingFrame
import BriefingLayout
import BriefingModel
import BriefingStyle
import BriefingText
import Foundation
import Testing
import TestSupport

/// Lays out summaries with the bundled styles and the project's fonts.
enum LayoutFixtures {
    static func style(_ name: String = "formal") throws -> Style {
        let result = StyleLoader.load(nameOrPath: name, stylesDirectory: Repository.styles)
        return try #require(result.style, "\(result.diagnostics)")
    }

    static func layout(_ yaml: String, language: String = "fr", style name: String = "formal") throws -> LaidOutDocument {
        let loaded = SummaryLoader.load(string: yaml, file: "summary.yaml")
        let briefing = try #require(loaded.briefing, "\(loaded.diagnostics)")
        let engine = TextEngine(fonts: try Repository.fontSystem())
        return DocumentLayout.layout(briefing, style: try style(name), language: language, text: engine)
    }

    static func parallel(_ yaml: String, languages: (String, String)) throws -> LaidOutDocument {
        let loaded = SummaryLoader.load(string: yaml, file: "summary.yaml")
        let briefing = try #require(loaded.briefing, "\(loaded.diagnostics)")
        let engine = TextEngine(fonts: try Repository.fontSystem())
        return DocumentLayout.layoutParallel(briefing, style: try style(), languages: languages, text: engine)
    }

    static func example(language: String) throws -> LaidOutDocument {
        let loaded = SummaryLoader.load(contentsOf: Repository.example)
        let briefing = try #require(loaded.briefing, "\(loaded.diagnostics)")
        let engine = TextEngine(fonts: try Repository.fontSystem())
        return DocumentLayout.layout(briefing, style: try style(), language: language, text: engine)
    }
}

extension Frame {
    /// Every glyph run with its absolute extent, groups excluded (watermarks are rotated on purpose).
    var glyphRuns: [GlyphRunItem] {
        items.compactMap { item in
            if case .glyphs(let run) = item { return run }
            return nil
        }
    }
}
