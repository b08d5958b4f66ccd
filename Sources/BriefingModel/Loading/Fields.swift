/// The keys of one map, checked against what the format allows there.
struct Fields {
    let map: Node
    /// Pairs whose value is not null, by key; a null value counts as absent, which is
    /// what authors mean by `subtitle:` with nothing after it.
    fileprivate(set) var pairs: [String: Node.Pair] = [:]

    subscript(key: String) -> Node? { pairs[key]?.value }

    func key(_ key: String) -> Node? { pairs[key]?.key }
}

extension SummaryBuilder {
    /// Reads a map's keys: unknown keys are errors naming the nearest known one, keys
    /// beginning `x-` are extensions and ignored, a repeated key is an error where it
    /// repeats, and a missing required key is reported at the map's first line.
    /// A key that `misplaced` lists is one the format uses in another map: its hint
    /// says where it belongs (see `Placement`). Returns nil (after an error) when
    /// `node` is not a map.
    func fields(of node: Node, _ what: String, known: [String], required: [String] = [],
                misplaced: [String: String] = [:]) -> Fields? {
        guard case .mapping(let pairs) = node.content else {
            error(node, "\(what) must be a map; found \(node.kindDescription)")
            return nil
        }
        var fields = Fields(map: node)
        var seen: [String: Node] = [:]
        for pair in pairs {
            guard let key = pair.key.scalar?.text else {
                error(pair.key, "keys must be plain names; found \(pair.key.kindDescription)")
                continue
            }
            if key.hasPrefix("x-") { continue }
            if let first = seen[key] {
                error(pair.key, "duplicate key `\(key)` (first at line \(first.line))")
                continue
            }
            seen[key] = pair.key
            guard known.contains(key) else {
                error(pair.key, "unknown key `\(key)` in \(what)",
                      // A suggestion further than a third of the word away is no longer a slip.
                      hint: misplaced[key] ?? EditDistance.hint(for: key, in: known, within: max(2, key.count / 3)))
                continue
            }
            if pair.value.isNull {
                if required.contains(key) {
                    error(pair.key, "`\(key)` needs a value")
                } else if key == "color" {
                    // `color: #C8102E` unquoted is a YAML comment, so the value is empty.
                    error(pair.key, "`color` has no value",
                          hint: "write colours in quotes, as in `color: \"#C8102E\"`: an unquoted # starts a YAML comment")
                }
                continue
            }
            fields.pairs[key] = pair
        }
        for key in required where seen[key] == nil {
            error(node, "\(what) needs `\(key)`")
        }
        return fields
    }
}
