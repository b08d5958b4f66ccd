/// Readers for the scalar types of the format and for lists. Each returns nil after
/// recording an error; `what` names the value in messages (usually its key).
extension SummaryBuilder {
    /// Any scalar, taken as written (`reference: 2025-117`, `author: 2024` are strings).
    func string(_ node: Node, _ what: String) -> String? {
        guard let scalar = node.scalar, scalar.value != .null else {
            error(node, "\(what) must be a string; found \(node.kindDescription)")
            return nil
        }
        return scalar.text
    }

    func identifier(_ node: Node, _ what: String) -> String? {
        guard let id = string(node, what) else { return nil }
        guard Identifier.isValid(id) else {
            error(node, "\(what) `\(id)` is not a valid ID: use lower-case letters, digits and hyphens, "
                  + "starting with a letter or digit")
            return nil
        }
        return id
    }

    func day(_ node: Node, _ what: String) -> Day? {
        guard let scalar = node.scalar, scalar.value != .null else {
            error(node, "\(what) must be a date written YYYY-MM-DD; found \(node.kindDescription)")
            return nil
        }
        if let day = Day(scalar.text) { return day }
        if String(scalar.text.map { $0.isASCIIDigit ? "9" : $0 }) == "9999-99-99" {
            error(node, "`\(scalar.text)` is not a real date")
        } else {
            error(node, "\(what) must be a date written YYYY-MM-DD; found `\(scalar.text)`")
        }
        return nil
    }

    func time(_ node: Node, _ what: String) -> TimeOfDay? {
        guard let text = node.scalar?.text, let time = TimeOfDay(text) else {
            error(node, "\(what) must be a time written HH:MM (00:00 to 23:59); found \(node.kindDescription)")
            return nil
        }
        return time
    }

    func color(_ node: Node, _ what: String) -> Color? {
        guard let text = node.scalar?.text, let color = Color(hex: text) else {
            error(node, "\(what) must be a colour written \"#RRGGBB\"; found \(node.kindDescription)")
            return nil
        }
        return color
    }

    /// A finite number; `.nan` and `.inf` are refused because no chart can draw them.
    func number(_ node: Node, _ what: String) -> Double? {
        guard let scalar = node.scalar, let number = scalar.number else {
            error(node, "\(what) must be a number; found \(node.kindDescription)")
            return nil
        }
        guard number.isFinite else {
            error(node, "\(what) must be a finite number; found `\(scalar.text)`")
            return nil
        }
        return number
    }

    /// One of an enumeration's values, spelt exactly. A near miss (`billions`, `colum`,
    /// `In progress`) or a known synonym (keyed by `EditDistance.normalized` form, or for
    /// a number by how it is written: `1000000000`) gets a "did you mean" hint.
    func choice<Choice: RawRepresentable & CaseIterable>(_ node: Node, _ what: String, _ type: Choice.Type,
                                                         synonyms: [String: Choice] = [:]) -> Choice?
    where Choice.RawValue == String {
        if let text = node.scalar?.text, let value = Choice(rawValue: text) { return value }
        let names = Choice.allCases.map(\.rawValue)
        let allowed = names.map { "`\($0)`" }.joined(separator: ", ")
        var suggestion: String?
        if let scalar = node.scalar {
            suggestion = EditDistance.slip(of: scalar.text, in: names)
                ?? synonyms[EditDistance.normalized(scalar.text)]?.rawValue
                ?? scalar.number.flatMap { synonyms[$0.written] }?.rawValue
        }
        error(node, "\(what) must be one of \(allowed); found \(node.kindDescription)",
              hint: suggestion.map { "did you mean `\($0)`?" })
        return nil
    }

    func list(_ node: Node, _ what: String) -> [Node]? {
        guard case .sequence(let items) = node.content else {
            error(node, "\(what) must be a list; found \(node.kindDescription)")
            return nil
        }
        return items
    }

    /// The items of an optional list that could be read; an absent list is empty.
    func items<Item>(_ node: Node?, _ what: String, _ read: (Node) -> Item?) -> [Item] {
        guard let node, let list = list(node, what) else { return [] }
        return list.compactMap(read)
    }
}
