import BriefingFrame
import BriefingModel
import BriefingStyle
import BriefingText
import Foundation

/// The cover block, the key points and the participants: what a reader takes in
/// before the body.
extension LayoutContext {
    func cover(into flow: inout Flow) {
        let location = SourceLocation(file: briefing.file, line: 1, column: 1)
        if let issuer = briefing.issuer {
            flow.append(lines(spans(resolve(issuer), role: .coverMeta, bold: true, color: style.colors.accent),
                              role: .coverMeta, width: width, location: issuer.resolve(language).location), spaceBefore: 0)
        }
        flow.append(title(resolve(briefing.title), location: briefing.title.resolve(language).location), spaceBefore: 0)
        if let subtitle = briefing.subtitle {
            flow.append(paragraph([.text(resolve(subtitle))], role: .subtitle, location: subtitle.resolve(language).location,
                                  alignment: .start), spaceBefore: 0)
        }
        // Each fact with where it is written, for a warning about it.
        var facts: [(Term, String, SourceLocation)] = []
        let meeting = briefing.meeting
        func located(_ text: Text) -> SourceLocation { text.resolve(language).location }
        if let title = meeting?.title { facts.append((.meeting, resolve(title), located(title))) }
        facts.append((.date, withoutLabel(term(.date), format.date(meeting?.date ?? briefing.date)), location))
        if let place = meeting?.location { facts.append((.place, resolve(place), located(place))) }
        if let time = format.timeRange(meeting?.start, meeting?.end) { facts.append((.time, time, location)) }
        if let chairs = meeting?.chairs, !chairs.isEmpty {
            facts.append((chairs.count == 1 ? .chair : .chairs, chairs.map(name(of:)).joined(separator: listSeparator), location))
        }
        // With the meeting's own date above, the summary's `date` is when it was issued.
        if let held = meeting?.date, held != briefing.date { facts.append((.issued, format.date(briefing.date), location)) }
        if let reference = briefing.reference { facts.append((.reference, reference.value, reference.location)) }
        flow.append(factTable(facts, location: location), spaceBefore: style.spacing.block * 2,
                    spaceAfter: style.spacing.block * 3)
    }

    /// `value` without a first word that only repeats its label: Vietnamese dates start
    /// with "ngày", which beside the label "Ngày" says the word twice.
    private func withoutLabel(_ label: String, _ value: String) -> String {
        let locale = Locale(identifier: language)
        let word = label.lowercased(with: locale) + " "
        guard value.lowercased(with: locale).hasPrefix(word) else { return value }
        return String(value.dropFirst(word.count))
    }

    /// The title, made smaller when its longest word is wider than the measure (a German
    /// compound in a parallel column), down to `smallestTitleScale`: a display line cut
    /// into three hyphenated pieces reads worse than a smaller one. One strip: on one
    /// page, and at its own line pitch beside the other language's title.
    private func title(_ title: String, location: SourceLocation) -> [Strip] {
        let scale = titleScale ?? fittingTitleScale()
        let titleSpans = Self.scaled(spans(title, role: .title), by: scale)
        let strips = lines(titleSpans, role: .title, width: width, alignment: .start, location: location, scale: scale)
        guard var title = strips.merged() else { return [] }
        title.spaceBefore = style.role(.title).spaceBefore
        return [title]
    }

    /// The size at which the title's longest word fits the measure, against the style's:
    /// 1 when it fits already, never below `smallestTitleScale`.
    func fittingTitleScale() -> Double {
        let widest = measured(spans(briefing.title.resolve(language).value, role: .title)).widestWord
        return Self.fittingScale(widest, in: width, smallest: Self.smallestTitleScale)
    }

    /// The smallest a title is made to fit its longest word, against the style's size.
    static let smallestTitleScale = 0.7

    /// Label–value lines under the title, the labels in a narrow column.
    private func factTable(_ facts: [(Term, String, SourceLocation)], location: SourceLocation) -> [Strip] {
        let labels = facts.map { spans(term($0.0), role: .coverMeta, color: style.colors.accent) }
        let labelWidth = min(width * 0.3, labels.map { shape($0, location: location).naturalWidth }.max() ?? 0) + 12
        var strips: [Strip] = [Strip(height: 0, items: [horizontalRule(at: 0, width: style.spacing.ruleWidth * 2)])]
        for (index, fact) in facts.enumerated() {
            var valueLines = lines(spans(fact.1, role: .coverMeta), role: .coverMeta, x: labelWidth,
                                   width: width - labelWidth, alignment: .start, location: fact.2)
            let labelLines = lines(labels[index], role: .coverMeta, width: labelWidth - 8, alignment: .start,
                                   location: location)
            guard !valueLines.isEmpty else { continue }
            // A label too long for its column (a narrow parallel column) takes two lines
            // beside the value's; none of it is dropped.
            for (line, label) in labelLines.enumerated() {
                if line < valueLines.count {
                    valueLines[line].items += label.items
                } else {
                    valueLines.append(label)
                }
            }
            valueLines[0].spaceBefore = 3
            strips += valueLines
        }
        if let last = strips.indices.last {
            strips[last].height += 6
            strips[last].items.append(horizontalRule(at: strips[last].height, width: style.spacing.ruleWidth))
        }
        return strips.keptTogether()
    }

    /// The summary's key points, boxed, before the body.
    func keyPoints(into flow: inout Flow) {
        guard !briefing.summary.isEmpty else { return }
        let location = SourceLocation(file: briefing.file, line: 1, column: 1)
        let strips = box(fill: style.colors.boxFill, stroke: style.colors.boxRule, bar: nil) { x, width in
            let label = lines(spans(term(.keyPoints), role: .boxLabel, color: style.colors.accent), role: .boxLabel,
                              x: x, width: width, location: location)
            return label + list(briefing.summary, numbered: false, role: .keyPoint, x: x, width: width)
        }
        flow.append(strips, spaceBefore: style.spacing.block * 2, spaceAfter: style.spacing.block * 3)
    }

    /// Participants grouped by delegation, chairs first within each.
    func participants(into flow: inout Flow) {
        guard !briefing.participants.isEmpty else { return }
        let location = SourceLocation(file: briefing.file, line: 1, column: 1)
        heading(term(.participants), level: 1, number: nil, anchor: "participants", into: &flow)
        var rows: [TableRow] = []
        var groups: [(name: String, members: [Participant])] = briefing.delegations.map { delegation in
            (resolve(delegation.name), briefing.participants.filter { $0.delegation == delegation.id })
        }
        let unaffiliated = briefing.participants.filter { participant in
            !briefing.delegations.contains { $0.id == participant.delegation }
        }
        groups.append((term(.other), unaffiliated))
        let chairs = briefing.meeting?.chairs ?? []
        for group in groups where !group.members.isEmpty {
            if groups.count > 1 || group.name != term(.other) {
                rows.append(.group(spans(group.name, role: .tableHeader, color: style.colors.accent)))
            }
            let ordered = group.members.filter { chairs.contains($0.id) } + group.members.filter { !chairs.contains($0.id) }
            for participant in ordered {
                rows.append(.cells([
                    names(resolve(participant.name), role: .tableCell, bold: chairs.contains(participant.id)),
                    spans(participant.role.map(resolve) ?? "", role: .tableCell),
                ], at: participant.name.resolve(language).location))
            }
        }
        let header = [spans(term(.name), role: .tableHeader), spans(term(.role), role: .tableHeader)]
        flow.append(table(header: header, rows: rows, caption: nil, location: location),
                    spaceBefore: 0, spaceAfter: style.spacing.block * 2)
    }
}
