import BriefingCharts
import BriefingFrame
import BriefingModel
import BriefingStyle

/// A chart as a figure: number and title above, the drawing, note and source below,
/// never split across pages.
extension LayoutContext {
    /// - Parameter below: the height of what must share the figure's page above it (the
    ///   heading it follows), which a tall chart leaves room for.
    func figure(_ chart: Chart, below kept: Double = 0) -> [Strip] {
        figureCount += 1
        let location = chart.location
        var strips = lines(spans(figureLabel(figureCount), role: .caption, bold: true, color: style.colors.accent)
                           + spans(resolve(chart.title), role: .caption, bold: true),
                           role: .caption, width: width, alignment: .start, location: location)
        reportMissingTranslations(in: chart)
        var options = ChartOptions(style: style, language: language)
        options.languages = briefing.languages
        options.otherSlices = term(.otherSlices)
        options.delegationColors = briefing.delegations.compactMap { delegation in
            delegation.color.map { ChartOptions.NamedColor(name: delegation.name, color: $0) }
        }
        var notes: [Strip] = []
        if let note = chart.note {
            notes += lines(spans(resolve(note), role: .caption), role: .caption, width: width, alignment: .start,
                           location: location)
        }
        if let source = chart.source {
            notes += lines(spans(term(.source) + labelSeparator, role: .caption, bold: true)
                           + spans(resolve(source), role: .caption),
                           role: .caption, width: width, alignment: .start, location: location)
        }
        if !notes.isEmpty { notes[0].spaceBefore = style.spacing.block * 0.5 }
        let spaceBefore = style.spacing.block * 0.5
        // A figure is never split: the drawing may take what a page leaves beside its title,
        // its notes and the heading above it.
        let room = pageContentHeight - kept - strips.totalHeight - spaceBefore - notes.totalHeight
            - (notes.first?.spaceBefore ?? 0)
        let standard = min(style.charts.height, pageContentHeight * 0.6)
        let drawing = ChartRenderer.drawFitting(chart, width: width, standard: standard, maximum: max(standard, room),
                                                style: style, options: options, text: text)
        reportMissing(drawing.missing, at: location)
        // In a parallel edition, a chart that does not fit its column is set across the
        // page instead, and reported only if it does not fit there either.
        let crowded = !drawing.warnings.isEmpty && !reportsCrowdedCharts
        if crowded {
            crowdedCharts.insert(chart.id)
        } else {
            // Each language draws its own labels, and fits them differently: the message
            // says which edition it is about, as a missing translation's does.
            for warning in drawing.warnings {
                warn("\(Self.chartWarningPrefix(chart.id))'\(language)': \(warning)", at: location)
            }
        }
        var picture = Strip(height: drawing.frame.height, items: drawing.frame.items)
        picture.spaceBefore = spaceBefore
        strips.append(picture)
        return (strips + notes).keptTogether().map { strip in
            var strip = strip
            strip.floats = true
            strip.crowded = crowded
            return strip
        }
    }

    /// How every warning about a chart begins: what a parallel edition looks for to
    /// report the charts it sets across the page.
    static func chartWarningPrefix(_ id: String) -> String {
        "chart `\(id)` in "
    }

    /// The chart module sets its labels without diagnostics; resolving them here warns
    /// about every label that lacks the rendered language.
    private func reportMissingTranslations(in chart: Chart) {
        let texts = chart.categories + chart.series.compactMap(\.name) + chart.events.map(\.label)
            + chart.items.map(\.label) + [chart.unit].compactMap { $0 }
        for text in texts { _ = resolve(text) }
    }
}
