import BriefingLayout
import BriefingText

/// The text engines of one process: one with every face, and one without the
/// Chinese, Japanese and Korean faces of `Fonts/cjk.conf`.
///
/// Pango sorts the whole font set for each font it is asked for (every size, weight
/// and language), and those two dozen faces, each covering some 40,000 characters,
/// take most of that time. A summary in none of those languages is laid out without
/// them; if its text turns out to need one of their characters (a name in Chinese
/// characters, say), it is laid out again with every face, so the result is the same.
final class TextEngines {
    private let resources: Resources
    private var engines: [Bool: TextEngine] = [:]

    init(resources: Resources) {
        self.resources = resources
    }

    /// The engine with (`cjk`) or without the Chinese, Japanese and Korean faces,
    /// created on first use: building a font set takes a few milliseconds.
    func engine(cjk: Bool) throws -> TextEngine {
        if let engine = engines[cjk] { return engine }
        let created = TextEngine(fonts: try resources.fontSystem(cjk: cjk))
        engines[cjk] = created
        return created
    }

    /// `layout` done with the smaller font set when none of `languages` is written in
    /// Chinese characters, kana or hangul, and again with every face when that leaves
    /// a character without a font.
    func layOut(_ languages: [String], _ layout: (TextEngine) -> LaidOutDocument) throws -> LaidOutDocument {
        let cjk = languages.contains { Script.of(language: $0).isCJK }
        let document = layout(try engine(cjk: cjk))
        guard !cjk && !document.missingCharacters.isEmpty else { return document }
        return layout(try engine(cjk: true))
    }

}
