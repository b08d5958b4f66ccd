import BriefingModel
import Yams

/// The keys that concern text: fonts per script, roles, running-header templates.
extension StyleSchema {
    /// `fonts: {CLASS: {SCRIPT: FAMILY}}`; each entry overrides one family.
    static var fonts: Field<Style> {
        Field { style, node, path, reader in
            let classes = reader.entries(of: node, at: path, noun: "font class", known: FontClass.allCases.map(\.rawValue))
            for (name, scripts) in classes {
                guard let fontClass = FontClass(rawValue: name) else { continue }
                let classPath = NodeReader.join(path, name)
                for (script, family) in reader.entries(of: scripts, at: classPath, noun: "script", known: ScriptFonts.scripts) {
                    let familyPath = NodeReader.join(classPath, script)
                    if let family = reader.string(family, at: familyPath, what: "a font family name") {
                        style.fonts[fontClass, default: ScriptFonts([:])].families[script] = family
                    }
                }
            }
        }
    }

    /// `roles: {ROLE: {KEY: VALUE}}`; each key overrides the inherited value of that role only.
    static var roles: Field<Style> {
        Field { style, node, path, reader in
            for (name, value) in reader.entries(of: node, at: path, noun: "role", known: TextRole.allCases.map(\.rawValue)) {
                guard let textRole = TextRole(rawValue: name) else { continue }
                let rolePath = NodeReader.join(path, name)
                var resolved = style.role(textRole)
                reader.read(value, into: &resolved, fields: role, at: rolePath)
                // Lines closer than the font size collide as soon as a line has marks above
                // or below it, as Lao, Thai and Myanmar text usually does.
                if resolved.leading < resolved.size {
                    reader.warning(value, "`\(rolePath)` has a leading of \(points(resolved.leading)) pt, less than its size of \(points(resolved.size)) pt",
                                   hint: "lines will overlap")
                }
                style.roles[textRole] = resolved
            }
        }
    }

    static var role: [String: Field<RoleStyle>] {
        [
            "font": .choice(\.font), "size": .length(\.size, .positive), "leading": .length(\.leading, .positive),
            "bold": .bool(\.bold), "italic": .bool(\.italic), "color": .color(\.color),
            "space-before": .length(\.spaceBefore), "space-after": .length(\.spaceAfter),
            "tracking": .length(\.tracking, .any), "uppercase": .bool(\.uppercase),
            "align": Field { role, node, path, reader in
                // `left` and `right` are the likeliest mistakes; say why they are not accepted.
                if let word = node.scalar?.string, ["left", "right"].contains(word) {
                    reader.error(node, "`\(path)` must be `start`, `center`, `end` or `justify`, not `\(word)`",
                                 hint: "alignment follows the writing direction: use `\(word == "left" ? "start" : "end")` for \(word) in left-to-right text")
                } else if let alignment: Alignment = reader.choice(node, at: path) {
                    role.alignment = alignment
                }
            },
        ]
    }
}

extension Field where Root == RunningContent {
    /// A running-header slot: literal text with `{field}` placeholders from `RunningContent.fields`.
    static func template(_ keyPath: WritableKeyPath<RunningContent, String>) -> Field {
        Field { running, node, path, reader in
            if case .scalar(let scalar) = node, NodeReader.isNull(scalar) {
                reader.error(node, "`\(path)` must be a template, not an empty value", hint: "write \"\" for an empty slot")
                return
            }
            guard let text = reader.string(node, at: path, what: "a template") else { return }
            var valid = true
            var rest = Substring(text)
            while let open = rest.firstIndex(of: "{") {
                guard let close = rest[open...].firstIndex(of: "}") else {
                    reader.error(node, "`\(path)` has a `{` with no closing `}`")
                    return
                }
                let field = String(rest[rest.index(after: open)..<close])
                if !RunningContent.fields.contains(field) {
                    reader.error(node, "unknown field `{\(field)}` in `\(path)`",
                                 hint: Suggestion.hint(for: field, in: RunningContent.fields))
                    valid = false
                }
                rest = rest[rest.index(after: close)...]
            }
            if valid { running[keyPath: keyPath] = text }
        }
    }
}
