import BriefingModel
import Foundation

/// The outcome of loading a style: the resolved style when nothing was an error, and every
/// diagnostic found on the way (warnings come with a style; errors leave `style` nil).
public struct StyleResult: Sendable {
    public var style: Style?
    public var diagnostics: [Diagnostic]

    public init(style: Style?, diagnostics: [Diagnostic]) {
        self.style = style
        self.diagnostics = diagnostics
    }
}

/// Reads style files (docs/styles.md) into resolved `Style` values, following `extends`
/// chains over `Style.base` and reporting problems as `FILE:LINE:COLUMN` diagnostics.
public enum StyleLoader {
    /// The style a summary gets when neither it nor the command line names one.
    public static let defaultName = "formal"

    /// Loads a style as a summary's `style:` key or `--style` names it.
    ///
    /// A bare name (`formal`) is a file `NAME.yaml` in `stylesDirectory`. A value that contains
    /// `/` or ends in `.yaml` is a path, relative to `relativeTo` or, without it, to the current
    /// directory. With `relativeTo` (the summary's folder), a path that leaves that folder is
    /// refused before anything is read, as summaries require of all their paths.
    /// - Parameter origin: where the name was written (the summary's `style:` value), for an
    ///   unknown name or unreadable file; `nil` for the command line.
    public static func load(nameOrPath: String, stylesDirectory: URL, relativeTo folder: URL? = nil,
                            requestedAt origin: SourceLocation? = nil) -> StyleResult {
        var resolver = StyleResolver(stylesDirectory: stylesDirectory)
        let style = resolver.resolve(
            reference: nameOrPath, from: folder ?? currentDirectory, confinedTo: folder,
            at: origin ?? SourceLocation(file: "<command line>", line: 1, column: 1), chain: [])
        return finish(style, resolver.diagnostics)
    }

    /// Loads a style from text, for tests and for styles that do not live in a file.
    /// `file` is the name diagnostics print and names the style; `extends` resolves as in a
    /// file in `relativeTo` (else the current directory) with names looked up in `stylesDirectory`.
    public static func load(string: String, file: String, stylesDirectory: URL? = nil,
                            relativeTo folder: URL? = nil) -> StyleResult {
        var resolver = StyleResolver(stylesDirectory: stylesDirectory)
        let directory = folder ?? currentDirectory
        let key = StyleResolver.url(of: file, in: directory).resolvingSymlinksInPath().path
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let style = resolver.resolve(text: string, file: file, name: name, directory: directory,
                                     confinedTo: folder, chain: [(key, name)])
        return finish(style, resolver.diagnostics)
    }

    /// The names of the styles in a folder (its `*.yaml` files), sorted, for `--style` help
    /// and for the message about an unknown name.
    public static func available(in stylesDirectory: URL) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: stylesDirectory.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    private static var currentDirectory: URL {
        URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    }

    /// Applies what only makes sense once the whole chain is merged: `spacing.justify: false`
    /// turns justified roles ragged, so that layout need only read each role's alignment, and a
    /// child style can still turn justification back on for roles its parent justified.
    private static func finish(_ style: Style?, _ diagnostics: [Diagnostic]) -> StyleResult {
        guard var style, !diagnostics.contains(where: { $0.severity == .error }) else {
            return StyleResult(style: nil, diagnostics: diagnostics)
        }
        if !style.spacing.justify {
            for (role, resolved) in style.roles where resolved.alignment == .justify {
                style.roles[role]?.alignment = .start
            }
        }
        return StyleResult(style: style, diagnostics: diagnostics)
    }
}
