import BriefingModel
import Yams

/// How one key of a style file updates part of a resolved style. A style file only
/// overrides: a key that is absent leaves the inherited value alone, which is all that
/// `extends` needs.
struct Field<Root> {
    /// Updates `root` from the key's value; `path` is the dotted key, for messages.
    let read: (_ root: inout Root, _ value: Node, _ path: String, _ reader: inout NodeReader) -> Void
}

extension NodeReader {
    /// Applies a map's keys to `root` through `fields`, reporting unknown keys.
    mutating func read<Root>(_ node: Node, into root: inout Root, fields: [String: Field<Root>], at path: String) {
        for (key, value) in entries(of: node, at: path, known: fields.keys.sorted()) {
            fields[key]?.read(&root, value, Self.join(path, key), &self)
        }
    }
}

extension Field {
    static func length(_ keyPath: WritableKeyPath<Root, Double>, _ range: LengthRange = .nonNegative) -> Field {
        Field { root, node, path, reader in
            if let value = reader.length(node, at: path, range) { root[keyPath: keyPath] = value }
        }
    }

    static func bool(_ keyPath: WritableKeyPath<Root, Bool>) -> Field {
        Field { root, node, path, reader in
            if let value = reader.bool(node, at: path) { root[keyPath: keyPath] = value }
        }
    }

    static func color(_ keyPath: WritableKeyPath<Root, Color>) -> Field {
        Field { root, node, path, reader in
            if let value = reader.color(node, at: path) { root[keyPath: keyPath] = value }
        }
    }

    static func choice<Value: RawRepresentable & CaseIterable>(
        _ keyPath: WritableKeyPath<Root, Value>
    ) -> Field where Value.RawValue == String {
        Field { root, node, path, reader in
            if let value: Value = reader.choice(node, at: path) { root[keyPath: keyPath] = value }
        }
    }

    /// One choice for every language, or a map from language tags to choices
    /// (`digits: native`, `calendar: {th: buddhist}`).
    static func perLanguage<Value: RawRepresentable & CaseIterable>(
        _ all: WritableKeyPath<Root, Value>, _ byLanguage: WritableKeyPath<Root, [String: Value]>
    ) -> Field where Value.RawValue == String {
        Field { root, node, path, reader in
            guard case .mapping(let mapping) = node else {
                if let value: Value = reader.choice(node, at: path) { root[keyPath: all] = value }
                return
            }
            for (keyNode, value) in mapping {
                guard case .scalar(let key) = keyNode, !key.string.isEmpty else {
                    reader.error(keyNode, "a key of `\(path)` must be a language tag, not \(NodeReader.describe(keyNode))")
                    continue
                }
                if let choice: Value = reader.choice(value, at: NodeReader.join(path, key.string)) {
                    root[keyPath: byLanguage][key.string] = choice
                }
            }
        }
    }

    /// A nested map of its own keys, such as `page.margins` or `roles.body`.
    static func group<Child>(_ keyPath: WritableKeyPath<Root, Child>, _ fields: [String: Field<Child>]) -> Field {
        Field { root, node, path, reader in
            reader.read(node, into: &root[keyPath: keyPath], fields: fields, at: path)
        }
    }
}
