import Foundation

/// Turns a document's `Node` tree into a `Briefing`, checking every rule of sections 1–5
/// of the format on the way and collecting every problem rather than stopping at the
/// first, so that one `briefing check` run lists all of them.
///
/// Readers return nil for a value they could not read, after recording why; the
/// document is only built when no error was recorded. References are checked at the
/// end, once every ID in the file is known, so that order in the file does not matter.
final class SummaryBuilder {
    enum IDKind: String {
        case participant, delegation, section, chart
    }

    struct Reference {
        var id: String
        var kinds: [IDKind]
        var location: SourceLocation
        /// How the reference is named in messages ("chair `x`", "`[[x]]`").
        var description: String
        /// What is written in the text at `location`, to point at it exactly.
        var written: String?
    }

    let file: String
    let directory: URL
    private(set) var diagnostics: [Diagnostic] = []
    /// The document's languages, as spelled there; the order decides fallbacks.
    var languages: [String] = []
    /// Where each of `languages` is written, for warnings about a language as a whole.
    var languageLocations: [String: SourceLocation] = [:]
    /// False when `languages` is missing or unusable: Text tags are then not checked
    /// against it, to avoid one warning per translated string.
    var languagesKnown = false
    private var ids: [(id: String, kind: IDKind, location: SourceLocation)] = []
    private var references: [Reference] = []
    /// Where each chart is placed, first placement first.
    private var placedCharts: [String: Int] = [:]

    /// The summary's bytes, to place a diagnostic inside a string.
    private let source: [UInt8]
    /// Where each line of `source` starts, found when first needed.
    private lazy var lineStarts: [Int] = [0] + source.indices.filter { source[$0] == 0x0A }.map { $0 + 1 }

    init(file: String, directory: URL, source: [UInt8]) {
        self.file = file
        self.directory = directory
        self.source = source
    }

    /// Where `written` first appears from `start` on: a reference or link inside a
    /// string, on its line or (a block scalar, a folded string) the lines after it.
    /// `start` itself when it is not found (written with escapes).
    func location(of written: String, from start: SourceLocation) -> SourceLocation {
        guard start.line >= 1, start.line <= lineStarts.count else { return start }
        let target = Array(written.unicodeScalars)
        func indent(_ line: [Unicode.Scalar]) -> Int { line.prefix { $0 == " " }.count }
        var startIndent = 0
        // On the string's first line, else on the lines after it that are indented more
        // (a block scalar's text starts on the line below its `|` or `>`; a plain or quoted
        // string folds onto lines indented under its key), never in the next entry.
        for number in start.line..<min(start.line + Self.linesSearched, lineStarts.count + 1) {
            let begin = lineStarts[number - 1]
            let end = number < lineStarts.count ? lineStarts[number] : source.count
            let line = Array(String(decoding: source[begin..<end], as: UTF8.self).unicodeScalars)
            if number == start.line {
                startIndent = indent(line)
            } else if line.contains(where: { !$0.properties.isWhitespace }) && indent(line) <= startIndent {
                break
            }
            var index = number == start.line ? max(start.column - 1, 0) : 0
            while index + target.count <= line.count {
                if line[index..<index + target.count].elementsEqual(target) {
                    return SourceLocation(file: start.file, line: number, column: index + 1)
                }
                index += 1
            }
        }
        return start
    }

    /// How many lines from a string's start its text is looked for.
    static let linesSearched = 200

    // MARK: Diagnostics

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.line, column: node.column)
    }

    func error(_ node: Node, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(at: location(node), message, hint: hint))
    }

    func warning(_ node: Node, _ message: String, hint: String? = nil) {
        warning(at: location(node), message, hint: hint)
    }

    func warning(at location: SourceLocation, _ message: String, hint: String? = nil) {
        diagnostics.append(.warning(at: location, message, hint: hint))
    }

    var errorCount: Int { diagnostics.count { $0.severity == .error } }

    // MARK: IDs and references

    func register(_ id: String, as kind: IDKind, at node: Node) {
        ids.append((id, kind, location(node)))
    }

    func refer(to id: String, as kinds: [IDKind], at location: SourceLocation, _ description: String,
               written: String? = nil) {
        references.append(Reference(id: id, kinds: kinds, location: location, description: description, written: written))
    }

    func placeChart(_ id: String, at node: Node) {
        if let first = placedCharts[id] {
            warning(node, "chart `\(id)` is already placed at line \(first); it appears twice, as two figures")
        } else {
            placedCharts[id] = node.line
        }
        refer(to: id, as: [.chart], at: location(node), "chart `\(id)`")
    }

    /// IDs share one namespace; a repeated one is reported where it is repeated.
    private func checkIDs() -> [String: IDKind] {
        var first: [String: (kind: IDKind, location: SourceLocation)] = [:]
        for entry in ids.sorted(by: { $0.location < $1.location }) {
            if let earlier = first[entry.id] {
                diagnostics.append(.error(at: entry.location,
                    "ID `\(entry.id)` is already used by the \(earlier.kind.rawValue) at line \(earlier.location.line)"))
            } else {
                first[entry.id] = (entry.kind, entry.location)
            }
        }
        return first.mapValues(\.kind)
    }

    private func checkReferences(against kinds: [String: IDKind]) {
        for var reference in references {
            if let written = reference.written {
                reference.location = location(of: written, from: reference.location)
            }
            let wanted = reference.kinds.map(\.rawValue).joined(separator: " or ")
            if let kind = kinds[reference.id] {
                if !reference.kinds.contains(kind) {
                    diagnostics.append(.error(at: reference.location,
                        "\(reference.description) names a \(kind.rawValue), not a \(wanted)"))
                }
            } else {
                let candidates = kinds.filter { reference.kinds.contains($0.value) }.keys.sorted()
                // IDs are lower case; a short one is a slip only one edit away ("Bob" is not "ana").
                let limit = max(1, min(3, reference.id.count / 3))
                diagnostics.append(.error(at: reference.location, "\(reference.description) names no \(wanted)",
                                          hint: EditDistance.hint(for: reference.id.lowercased(), in: candidates, within: limit)))
            }
        }
    }

    private func checkPlacement(of charts: [Chart]) {
        for chart in charts where placedCharts[chart.id] == nil {
            diagnostics.append(.warning(at: chart.location, "chart `\(chart.id)` is never placed by a `{chart: \(chart.id)}` block"))
        }
    }

    // MARK: The document

    static let documentKeys = [
        "briefing", "id", "languages", "title", "subtitle", "date", "status", "classification", "reference",
        "issuer", "author", "style", "meeting", "delegations", "participants", "summary", "sections",
        "decisions", "actions", "charts", "sources",
    ]

    func document(_ root: Node) -> Briefing? {
        guard case .mapping = root.content else {
            error(root, "a summary is a map of keys such as `briefing`, `title` and `sections`; found \(root.kindDescription)")
            return nil
        }
        guard let fields = fields(of: root, "the summary", known: Self.documentKeys,
                                  required: ["briefing", "id", "languages", "title", "date", "sections"],
                                  misplaced: Placement.document)
        else { return nil }
        if let node = fields["languages"] { readLanguages(node) }
        let version = fields["briefing"].flatMap(formatVersion)
        let id = fields["id"].flatMap { identifier($0, "`id`") }
        let title = fields["title"].flatMap { text($0, "`title`") }
        let subtitle = fields["subtitle"].flatMap { text($0, "`subtitle`") }
        let date = fields["date"].flatMap { day($0, "`date`") }
        let status = fields["status"].flatMap {
            choice($0, "`status`", DocumentStatus.self, synonyms: Self.documentStatusSynonyms)
        }
        let classification = fields["classification"].flatMap { text($0, "`classification`") }
        for key in ["title", "subtitle", "classification"] {
            if let node = fields[key] { warnIfEmpty(node, "`\(key)` is empty") }
        }
        if let node = fields["summary"], case .sequence(let points) = node.content {
            for point in points { warnIfEmpty(point, "a key point is empty; its bullet would stand alone") }
        }
        let reference = fields["reference"].flatMap { node in string(node, "`reference`").map { Located($0, at: location(node)) } }
        let issuer = fields["issuer"].flatMap { text($0, "`issuer`") }
        let author = fields["author"].flatMap { string($0, "`author`") }
        let style = fields["style"].flatMap { node in string(node, "`style`").map { Located($0, at: location(node)) } }
        let meeting = fields["meeting"].flatMap { self.meeting($0) }
        let delegations = items(fields["delegations"], "`delegations`") { self.delegation($0) }
        let participants = items(fields["participants"], "`participants`") { self.participant($0) }
        let summary = items(fields["summary"], "`summary`") { richText($0, "a summary point") }
        let sections = items(fields["sections"], "`sections`") { section($0, level: 1) }
        if let node = fields["sections"], case .sequence(let list) = node.content, list.isEmpty {
            error(node, "`sections` needs at least one section")
        }
        let decisions = items(fields["decisions"], "`decisions`") { self.decision($0) }
        let actions = items(fields["actions"], "`actions`") { self.action($0) }
        let charts = items(fields["charts"], "`charts`") { self.chart($0) }
        let sources = items(fields["sources"], "`sources`") { self.source($0) }

        checkReferences(against: checkIDs())
        checkPlacement(of: charts)
        guard errorCount == 0, let version, let id, let title, let date else { return nil }
        return Briefing(version: version, id: id, languages: languages, title: title, subtitle: subtitle, date: date,
                        status: status ?? .final, classification: classification, reference: reference, issuer: issuer,
                        author: author, style: style, meeting: meeting, delegations: delegations,
                        participants: participants, summary: summary, sections: sections, decisions: decisions,
                        actions: actions, charts: charts, sources: sources, file: file, directory: directory,
                        languageLocations: languageLocations)
    }

    private func formatVersion(_ node: Node) -> Int? {
        guard case .int(let version)? = node.scalar?.value else {
            error(node, "`briefing` must be the format version, the integer 1; found \(node.kindDescription)")
            return nil
        }
        guard version == 1 else {
            error(node, "unsupported format version \(version); this briefing reads version 1")
            return nil
        }
        return version
    }

    /// `languages` comes first because every Text is checked against it.
    private func readLanguages(_ node: Node) {
        guard let list = list(node, "`languages`") else { return }
        guard !list.isEmpty else {
            error(node, "`languages` needs at least one language tag; the first is the original language")
            return
        }
        var seen: [String: Node] = [:]
        for item in list {
            guard let tag = string(item, "a language tag") else { continue }
            guard LanguageTag.isValid(tag) else {
                error(item, "`\(tag)` is not a language tag such as `fr`, `en` or `pt-BR`")
                continue
            }
            if let first = seen[tag.lowercased()] {
                error(item, "language `\(tag)` is listed twice (first at line \(first.line))")
                continue
            }
            seen[tag.lowercased()] = item
            languages.append(tag)
            languageLocations[tag] = location(item)
        }
        languagesKnown = !languages.isEmpty
    }
}
