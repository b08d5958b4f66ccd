import BriefingText
import Foundation

/// A piece of chart text shaped and broken into lines: measured, not yet placed.
struct Label {
    /// Lines in visual order, each starting at x = 0.
    var lines: [TextLine]
    /// Distance from the top of the label to each line's baseline.
    var baselines: [Double]
    var width: Double
    var height: Double
    /// The widest piece between break opportunities: wrapping narrower breaks inside a word.
    var widestWord: Double
    /// The text was cut short with an ellipsis to fit (see `LabelMaker.fitted`).
    var shortened = false
}

/// Shapes chart labels in the style's sans-serif faces, through the same text engine as body
/// text, so Lao, Thai, Arabic or Japanese labels shape, break and fall back as paragraphs do.
struct LabelMaker {
    let engine: TextEngine
    /// The style's sans-serif family per script.
    let families: [String: String]
    let size: Double

    /// Labels already made for this chart: layouts are planned more than once (tick labels
    /// decide the plot's width, which decides the category labels) and shortening a label
    /// tries several lengths.
    let cache = LabelCache()

    /// Wider than any chart: "do not wrap".
    static let unlimited = 1e6

    /// `text` in `language`, wrapped to `width`.
    func make(_ text: String, language: String, width: Double = unlimited, bold: Bool = false) -> Label {
        let key = LabelCache.Key(text: text, language: language, width: width, bold: bold)
        if let label = cache.labels[key] { return label }
        let label = shape(text, language: language, width: width, bold: bold)
        cache.labels[key] = label
        return label
    }

    /// Each label is a paragraph of its own, in the direction of its first letter: a Latin
    /// name in an Arabic chart reads "Vientiane Prov." and its ellipsis comes at its end. A
    /// label with no letter of a right-to-left script in a right-to-left language is shaped
    /// as Latin text, so that it takes the room Latin text takes (the Arabic face's taller
    /// lines would turn or thin out category names that fit in English).
    private func shape(_ text: String, language requested: String, width: Double, bold: Bool) -> Label {
        let rightToLeft = Self.isRightToLeft(text, language: requested)
        let foreign = Script.of(language: requested).isRightToLeft
            && !text.unicodeScalars.contains { Script.of($0)?.isRightToLeft == true }
        let language = foreign ? "en" : requested
        let font = font(language: language, bold: bold)
        let paragraph = StyledParagraph(spans: [TextSpan(text, font: font)], language: language, rightToLeft: rightToLeft)
        let shaped = engine.shape(paragraph)
        let lines = engine.lines(of: shaped, width: { _ in width }, justify: false)
        var baselines: [Double] = []
        var top = 0.0
        for line in lines {
            let extent = self.extent(of: line, fallback: font, language: language)
            baselines.append(top + extent.ascent)
            top += extent.ascent + extent.descent
        }
        return Label(lines: lines, baselines: baselines, width: lines.map(\.width).max() ?? 0, height: top,
                     widestWord: shaped.widestWord)
    }

    /// Whether `text` reads right to left: the direction of its first letter; a text without
    /// letters (a number) takes the language's direction.
    static func isRightToLeft(_ text: String, language: String) -> Bool {
        for scalar in text.unicodeScalars {
            if let script = Script.of(scalar) { return script.isRightToLeft }
            if scalar.properties.isAlphabetic { return false }
        }
        return Script.of(language: language).isRightToLeft
    }

    /// `text` wrapped to `width` in at most `maxLines` lines, cut short with an ellipsis (at a
    /// space when one is near) if it needs more or has a word wider than `width`.
    func fitted(_ text: String, language: String, width: Double, maxLines: Int = 1, bold: Bool = false) -> Label {
        func fits(_ label: Label) -> Bool { label.lines.count <= maxLines && label.width <= width + 0.01 }
        let whole = make(text, language: language, width: width, bold: bold)
        if fits(whole) && whole.widestWord <= width + 0.01 { return whole }
        let characters = Array(text)
        func candidate(_ count: Int) -> String {
            String(characters.prefix(count)).trimmingCharacters(in: .whitespaces) + "…"
        }
        var low = 0, high = characters.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if fits(make(candidate(middle), language: language, width: width, bold: bold)) { low = middle } else { high = middle - 1 }
        }
        var count = low
        if let space = characters.prefix(count).lastIndex(where: \.isWhitespace), space >= count / 2 { count = space }
        var label = make(candidate(count), language: language, width: width, bold: bold)
        label.shortened = true
        return label
    }

    /// The height of one line of text in `language`.
    func lineHeight(language: String) -> Double {
        let metrics = engine.metrics(of: font(language: language, bold: false), language: language)
        return max(metrics.ascent + metrics.descent, make("0", language: language).height)
    }

    private func font(language: String, bold: Bool) -> FontSpec {
        FontSpec(families: FontStack.families(byScript: families, language: language), size: size, bold: bold)
    }

    /// The tallest ascent and descent among a line's fonts: Lao or Thai marks reach further
    /// than Latin letters, and a label must make room for them.
    private func extent(of line: TextLine, fallback: FontSpec, language: String) -> (ascent: Double, descent: Double) {
        guard !line.runs.isEmpty else { return engine.metrics(of: fallback, language: language) }
        var ascent = 0.0, descent = 0.0
        for run in line.runs {
            let font = FontSpec(families: run.font.family, size: run.font.size, bold: run.font.isBold)
            let metrics = engine.metrics(of: font, language: language)
            ascent = max(ascent, metrics.ascent)
            descent = max(descent, metrics.descent)
        }
        return (ascent, descent)
    }
}

/// Labels by what they were made from, for one chart.
final class LabelCache {
    struct Key: Hashable {
        var text: String
        var language: String
        var width: Double
        var bold: Bool
    }

    var labels: [Key: Label] = [:]
}
