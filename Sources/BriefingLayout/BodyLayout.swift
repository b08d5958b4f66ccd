import BriefingFrame
import BriefingModel
import BriefingStyle
import BriefingText

/// Numbered sections and the headings of every part of the document.
extension LayoutContext {
    func sections(_ sections: [Section], prefix: [Int], into flow: inout Flow) {
        for (index, section) in sections.enumerated() {
            let number = prefix + [index + 1]
            let label = number.map(String.init).joined(separator: ".")
            let anchor = "section-" + (section.id ?? number.map(String.init).joined(separator: "-"))
            heading(resolve(section.title), level: number.count, number: label, anchor: anchor, into: &flow,
                    location: section.location)
            for block in section.body {
                layout(block, into: &flow)
            }
            self.sections(section.sections, prefix: number, into: &flow)
        }
    }

    /// A heading, numbered or not, kept with what follows and listed in the outline.
    func heading(_ title: String, level: Int, number: String?, anchor: String, into flow: inout Flow,
                 location: SourceLocation? = nil) {
        let role: TextRole = switch level {
        case 1: .heading1
        case 2: .heading2
        default: .heading3
        }
        let roleStyle = style.role(role)
        var spans: [TextSpan] = []
        if let number {
            spans += self.spans(number + "\u{2002}", role: role, color: style.colors.accent)
        }
        spans += self.spans(title, role: role)
        let place = location ?? SourceLocation(file: briefing.file, line: 1, column: 1)
        var strips = lines(spans, role: role, width: width, alignment: .start, location: place).keptTogether()
        guard !strips.isEmpty else { return }
        let outlineTitle = number.map { "\($0) \(title)" } ?? title
        strips[0].anchors.append(Anchor(name: anchor, title: outlineTitle, level: level))
        for index in strips.indices { strips[index].mark = .heading(level: level) }
        flow.append(strips, spaceBefore: roleStyle.spaceBefore, spaceAfter: roleStyle.spaceAfter)
        flow.keepLastWithNext()
    }
}
