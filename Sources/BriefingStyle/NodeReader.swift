import BriefingModel
import Yams

/// Reads typed values out of a composed YAML tree. Every problem becomes a diagnostic at
/// the offending node and reading goes on, so that one run reports every error in a file.
struct NodeReader {
    /// The file name diagnostics print.
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    func location(of node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    mutating func error(_ node: Node, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(at: location(of: node), message, hint: hint))
    }

    mutating func warning(_ node: Node, _ message: String, hint: String? = nil) {
        diagnostics.append(.warning(at: location(of: node), message, hint: hint))
    }

    /// The entries of a map whose keys are in `known`. Other keys are reported (with the
    /// nearest known one as a hint) and left out, except `x-…` keys, which are extensions
    /// and ignored as in summaries. `noun` says what a key names ("key", "role", "script").
    mutating func entries(of node: Node, at path: String, noun: String = "key",
                          known: [String]) -> [(key: String, value: Node)] {
        guard case .mapping(let mapping) = node else {
            error(node, "\(Self.name(path)) must be a map, not \(Self.describe(node))")
            return []
        }
        var result: [(key: String, value: Node)] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else {
                error(keyNode, "a \(noun) in \(Self.name(path)) must be a name, not \(Self.describe(keyNode))")
                continue
            }
            let key = scalar.string
            if known.contains(key) {
                result.append((key, value))
            } else if !key.hasPrefix("x-") {
                error(keyNode, "unknown \(noun) `\(key)` in \(Self.name(path))", hint: Suggestion.hint(for: key, in: known))
            }
        }
        return result
    }

    /// A text value. Any scalar counts, as in summaries (`2024` is the text "2024"), but an
    /// empty value does not.
    mutating func string(_ node: Node, at path: String, what: String) -> String? {
        guard case .scalar(let scalar) = node, !Self.isNull(scalar) else {
            error(node, "\(Self.name(path)) must be \(what), not \(Self.describe(node))")
            return nil
        }
        return scalar.string
    }

    /// `true` or `false`, spelt as YAML 1.2's core schema allows; `yes` and `no` are strings there.
    mutating func bool(_ node: Node, at path: String) -> Bool? {
        if case .scalar(let scalar) = node, scalar.style == .plain {
            switch scalar.string {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        error(node, "\(Self.name(path)) must be `true` or `false`, not \(Self.describe(node))")
        return nil
    }

    /// A length in points, within `range`.
    mutating func length(_ node: Node, at path: String, _ range: LengthRange) -> Double? {
        guard case .scalar(let scalar) = node, let points = Length.points(scalar.string) else {
            error(node, "\(Self.name(path)) must be a length (points, or a string such as \"10mm\"), not \(Self.describe(node))")
            return nil
        }
        guard range.admits(points) else {
            error(node, "\(Self.name(path)) must be \(range.phrase), not \(scalar.string)")
            return nil
        }
        return points
    }

    /// A colour written `"#RRGGBB"`.
    mutating func color(_ node: Node, at path: String) -> Color? {
        guard case .scalar(let scalar) = node else {
            error(node, "\(Self.name(path)) must be a colour \"#RRGGBB\", not \(Self.describe(node))")
            return nil
        }
        if let color = Color(hex: scalar.string) { return color }
        // An unquoted #RRGGBB is a YAML comment, which leaves the value empty: say so.
        let hint = Self.isNull(scalar) ? "quote the value: in YAML an unquoted `#` starts a comment" : nil
        error(node, "\(Self.name(path)) must be a colour \"#RRGGBB\", not \(Self.describe(node))", hint: hint)
        return nil
    }

    /// One of a fixed set of names, such as an alignment or a font class.
    mutating func choice<Value: RawRepresentable & CaseIterable>(
        _ node: Node, at path: String
    ) -> Value? where Value.RawValue == String {
        let names = Value.allCases.map(\.rawValue)
        guard case .scalar(let scalar) = node, let value = Value(rawValue: scalar.string) else {
            let word = node.scalar?.string ?? ""
            error(node, "\(Self.name(path)) must be one of \(names.map { "`\($0)`" }.joined(separator: ", ")), not \(Self.describe(node))",
                  hint: Suggestion.nearest(to: word, in: names).map { "did you mean `\($0)`?" })
            return nil
        }
        return value
    }

    /// How messages name a key path: "`roles.body.size`", or "the style file" at the top.
    static func name(_ path: String) -> String {
        path.isEmpty ? "the style file" : "`\(path)`"
    }

    /// Joins a key onto a dotted key path.
    static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    /// What a node is, for "must be X, not Y" messages.
    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: "a map"
        case .sequence: "a list"
        case .alias: "an alias"
        case .scalar(let scalar): isNull(scalar) ? "an empty value" : "`\(scalar.string)`"
        }
    }

    /// A plain empty, `~` or `null` scalar: YAML's null, which is never a valid style value.
    static func isNull(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
