import BriefingModel
import Yams

/// Turns Yams's parse errors into diagnostics, at the start of the construct libyaml was
/// reading when it has one, so that a syntax error reads like every other error.
enum YAMLSyntax {
    static func diagnostic(for error: any Error, file: String, text: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line, column: mark.column)
        }
        func hint(_ context: YamlError.Context?) -> String? {
            context.map { "\($0.text) that starts here" }
        }
        switch error as? YamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            // libyaml's own wording names a C function, which means nothing to an author.
            let text = problem.hasPrefix("Maximum nesting level") ? "nesting is too deep" : problem
            // Where the unfinished construct began (an opening quote or bracket) is where
            // the author must look, not where the parser gave up.
            return .error(at: at(context?.mark ?? mark), "invalid YAML: \(text)", hint: hint(context))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            return .error(at: at(context.mark), "duplicate key \(keys)", hint: "each key may appear once in a map")
        case let .reader(problem, offset, _, _):
            return .error(at: location(ofByte: offset ?? 0, in: text, file: file), "invalid YAML: \(problem)")
        default:
            return .error(at: SourceLocation(file: file, line: 1, column: 1), "invalid YAML: \(error)")
        }
    }

    /// Where the first alias (`*name`) starts, if any.
    ///
    /// Style files take no aliases: Yams hashes every mapping key in full while composing,
    /// so an alias used as a key could make a tiny file cost exponential time (the "billion
    /// laughs"), and nothing in a style needs them, since `extends` shares values. The scan
    /// ignores quotes on purpose, so that no quoting trick can hide an alias from it; only
    /// whole-line comments are skipped. Text such as `"a *b"` is therefore refused too.
    static func firstAlias(in text: String) -> (line: Int, column: Int)? {
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let scalars = Array(line)
            if scalars.first(where: { !$0.properties.isWhitespace }) == "#" { continue }
            for position in scalars.indices where scalars[position] == "*" && position + 1 < scalars.count {
                let previous = position > 0 ? scalars[position - 1] : " "
                let next = scalars[position + 1]
                if previous.properties.isWhitespace || "[{,:".unicodeScalars.contains(previous),
                   !next.properties.isWhitespace, !"[]{},*".unicodeScalars.contains(next) {
                    return (index + 1, position + 1)
                }
            }
        }
        return nil
    }

    /// Line and column (in Unicode scalars, as libyaml counts them) of a UTF-8 byte offset.
    private static func location(ofByte offset: Int, in text: String, file: String) -> SourceLocation {
        let before = String(decoding: text.utf8.prefix(offset), as: UTF8.self).unicodeScalars
        let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
        return SourceLocation(file: file, line: lines.count, column: (lines.last?.count ?? 0) + 1)
    }
}
