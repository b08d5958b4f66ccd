import BriefingModel
import Foundation
import Yams

/// Follows one chain of style files: finds each file a name or path refers to, reads it,
/// resolves its `extends` first, then applies its own keys over the parent.
struct StyleResolver {
    /// Style files are small; anything larger is refused before parsing.
    static let maximumFileSize = 1 << 20

    let stylesDirectory: URL?
    private(set) var diagnostics: [Diagnostic] = []

    init(stylesDirectory: URL?) {
        self.stylesDirectory = stylesDirectory
    }

    /// The files already on the chain, outermost first, as (canonical path, display name).
    typealias Chain = [(key: String, name: String)]

    /// Resolves a style name or path written at `origin`. Paths are relative to `directory`
    /// and must stay inside `root` when there is one.
    mutating func resolve(reference: String, from directory: URL, confinedTo root: URL?,
                          at origin: SourceLocation, chain: Chain) -> Style? {
        guard let (url, name, fileRoot) = locate(reference, from: directory, confinedTo: root, at: origin) else {
            return nil
        }
        let key = url.resolvingSymlinksInPath().path
        if chain.contains(where: { $0.key == key }) {
            let cycle = (chain.drop(while: { $0.key != key }).map(\.name) + [name]).joined(separator: " → ")
            diagnostics.append(.error(at: origin, "style `\(name)` extends itself: \(cycle)"))
            return nil
        }
        guard let text = read(url, at: origin) else { return nil }
        return resolve(text: text, file: url.path, name: name, directory: url.deletingLastPathComponent(),
                       confinedTo: fileRoot, chain: chain + [(key, name)])
    }

    /// Resolves the text of one style file whose relative `extends` paths start at `directory`.
    mutating func resolve(text: String, file: String, name: String, directory: URL,
                          confinedTo root: URL?, chain: Chain) -> Style? {
        if let (line, column) = YAMLSyntax.firstAlias(in: text) {
            diagnostics.append(.error(at: SourceLocation(file: file, line: line, column: column),
                                      "style files take no YAML aliases (`*name`)",
                                      hint: "use `extends` to share values; in text, a `*` may not start a word"))
            return nil
        }
        let node: Node?
        do {
            // No implicit tags: the schema reads every scalar as written, and Yams's
            // regular-expression tag resolution costs more than the rest of loading.
            node = try Yams.compose(yaml: text, .basic)
        } catch {
            diagnostics.append(YAMLSyntax.diagnostic(for: error, file: file, text: text))
            return nil
        }
        var reader = NodeReader(file: file)
        var style = Style.base
        var parentFailed = false
        if let node, case .mapping(let mapping) = node, let extends = mapping["extends"],
           let reference = reader.string(extends, at: "extends", what: "a style name or path") {
            let parent = resolve(reference: reference, from: directory, confinedTo: root,
                                 at: reader.location(of: extends), chain: chain)
            style = parent ?? style
            parentFailed = parent == nil
        }
        // An empty file is an empty map: the base style, or its parent, unchanged.
        if let node {
            reader.read(node, into: &style, fields: StyleSchema.style, at: "")
        }
        diagnostics += reader.diagnostics
        style.name = name
        let failed = parentFailed || reader.diagnostics.contains { $0.severity == .error }
        return failed ? nil : style
    }

    /// The file a reference names, the name the style takes, and the folder its own paths
    /// must stay in: the styles folder for a bundled style, else the caller's `root`.
    private mutating func locate(_ reference: String, from directory: URL, confinedTo root: URL?,
                                 at origin: SourceLocation) -> (URL, String, URL?)? {
        guard reference.contains("/") || reference.hasSuffix(".yaml") else {
            let names = stylesDirectory.map(StyleLoader.available(in:)) ?? []
            guard let stylesDirectory, names.contains(reference) else {
                let near = Suggestion.nearest(to: reference, in: names).map { "did you mean `\($0)`? " } ?? ""
                let list = names.isEmpty ? "no styles are installed" : "available styles: " + names.joined(separator: ", ")
                diagnostics.append(.error(at: origin, "unknown style `\(reference)`", hint: near + list))
                return nil
            }
            return (stylesDirectory.appendingPathComponent(reference + ".yaml"), reference, stylesDirectory)
        }
        let url = Self.url(of: reference, in: directory)
        if let root {
            let inside = root.standardizedFileURL.resolvingSymlinksInPath().path + "/"
            guard url.resolvingSymlinksInPath().path.hasPrefix(inside) else {
                diagnostics.append(.error(at: origin, "style path `\(reference)` leads outside the folder `\(root.path)`",
                                          hint: "a summary may only use files in its own folder"))
                return nil
            }
        }
        return (url, url.path, root)
    }

    /// A path as written, made absolute against `directory` (whether or not that exists).
    static func url(of path: String, in directory: URL) -> URL {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)
        return url.standardizedFileURL
    }

    private mutating func read(_ url: URL, at origin: SourceLocation) -> String? {
        let size = try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int
        guard let size else {
            diagnostics.append(.error(at: origin, "no style file at `\(url.path)`"))
            return nil
        }
        guard size <= Self.maximumFileSize else {
            diagnostics.append(.error(at: origin, "style file `\(url.path)` is larger than 1 MiB"))
            return nil
        }
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            diagnostics.append(.error(at: origin, "cannot read style file `\(url.path)` as UTF-8 text"))
            return nil
        }
    }
}
