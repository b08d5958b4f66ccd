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
    /// What the label reads, ellipsis included.
    var text: String
}

extension Label {
    /// Labels one under the other, as one: the events of one day under their shared date.
    static func stacked(_ labels: [Label]) -> Label {
        var stacked = Label(lines: [], baselines: [], width: 0, height: 0, widestWord: 0, text: "")
        for label in labels {
            stacked.lines += label.lines
            stacked.baselines += label.baselines.map { $0 + stacked.height }
            stacked.width = max(stacked.width, label.width)
            stacked.height += label.height
            stacked.widestWord = max(stacked.widestWord, label.widestWord)
            stacked.shortened = stacked.shortened || label.shortened
        }
        stacked.text = labels.map(\.text).joined(separator: "\n")
        return stacked
    }
}

/// Shapes chart labels in the style's sans-serif faces, through the same text engine as body
/// text, so Lao, Thai, Arabic or Japanese labels shape, break and fall back as paragraphs do.
struct LabelMaker {
    let engine: TextEngine
    /// The style's sans-serif family per script.
    let families: [String: String]
    let size: Double

    /// Labels already made for this chart: layouts are planned more than once (tick labels
    /// decide the plot's width, which decides the category labels, and the chart's height
    /// is chosen before it is drawn) and shortening a label tries several lengths.
    var cache = LabelCache()

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
        cache.missing.formUnion(shaped.missing.map(\.scalar))
        let lines = engine.lines(of: shaped, width: { _ in width }, justify: false)
        var baselines: [Double] = []
        var top = 0.0
        for line in lines {
            let extent = self.extent(of: line, fallback: font, language: language)
            baselines.append(top + extent.ascent)
            top += extent.ascent + extent.descent
        }
        return Label(lines: lines, baselines: baselines, width: lines.map(\.width).max() ?? 0, height: top,
                     widestWord: shaped.widestWord, text: text)
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

    /// Where a label too long for its room is cut short.
    enum Cut {
        /// The end off: "Ministry of…".
        case end
        /// The middle out, the last word kept: "Ministry of…Transport".
        case middle
        /// The start off, as many of the last words kept as fit: "…and Transport".
        case start
    }

    /// `text` wrapped to `width` in at most `maxLines` lines, cut short with an ellipsis where
    /// `cut` says if it needs more or has a word wider than `width`; what is kept of the start
    /// ends at a space when one is near, and what is kept of the end starts at one.
    func fitted(_ text: String, language: String, width: Double, maxLines: Int = 1, bold: Bool = false,
                cut: Cut = .end) -> Label {
        func fits(_ string: String) -> Bool {
            let label = make(string, language: language, width: width, bold: bold)
            return label.lines.count <= maxLines && label.width <= width + 0.01
        }
        let whole = make(text, language: language, width: width, bold: bold)
        if fits(text) && whole.widestWord <= width + 0.01 { return whole }
        let characters = Array(text)
        func trimmed(_ part: ArraySlice<Character>) -> String { String(part).trimmingCharacters(in: .whitespaces) }
        /// The largest count up to `upper` whose candidate fits (none: 0).
        func most(_ upper: Int, _ candidate: (Int) -> String) -> Int {
            var low = 0, high = max(0, upper)
            while low < high {
                let middle = (low + high + 1) / 2
                if fits(candidate(middle)) { low = middle } else { high = middle - 1 }
            }
            return low
        }
        func shortened(_ string: String) -> Label {
            var label = make(string, language: language, width: width, bold: bold)
            label.shortened = true
            return label
        }
        var tailStart = characters.count
        if cut == .middle, let space = characters.lastIndex(where: \.isWhitespace), fits("…" + trimmed(characters[space...])) {
            tailStart = space
        }
        if cut == .start || (cut == .middle && tailStart == characters.count) {
            let count = most(characters.count - 1) { "…" + trimmed(characters.suffix($0)) }
            var start = characters.count - count
            if let space = characters[start...].firstIndex(where: \.isWhitespace), space - start <= count / 2 { start = space }
            return shortened("…" + trimmed(characters[start...]))
        }
        let tail = trimmed(characters[tailStart...])
        var count = most(tailStart - 1) { trimmed(characters.prefix($0)) + "…" + tail }
        if let space = characters.prefix(count).lastIndex(where: \.isWhitespace), space >= count / 2 { count = space }
        return shortened(trimmed(characters.prefix(count)) + "…" + tail)
    }

    /// The cuts tried in turn for names cut short alike: the middle out, then the start,
    /// which keep the end where names of one kind ("Ministry of …") differ.
    static let distinctCuts: [Cut] = [.middle, .start]

    /// `labels` with those that read alike though their `texts` differ cut again by `refit`
    /// (index, cut) until they read apart, if the cuts in `distinctCuts` can: five
    /// "Ministry of…" tell the reader nothing.
    static func apart(_ labels: [Label], texts: [String], refit: (Int, Cut) -> Label) -> [Label] {
        var labels = labels
        for cut in distinctCuts {
            let alike = Dictionary(grouping: labels.indices, by: { labels[$0].text }).values
                .filter { group in Set(group.map { texts[$0] }).count > 1 }
                .flatMap { $0.filter { labels[$0].shortened } }
            guard !alike.isEmpty else { break }
            for index in alike { labels[index] = refit(index, cut) }
        }
        return labels
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
    /// Characters of the labels shaped so far that no font of the set has.
    var missing = Set<Unicode.Scalar>()
}
