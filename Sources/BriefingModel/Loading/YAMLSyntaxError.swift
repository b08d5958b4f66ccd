/// Turns libyaml's description of a syntax error into a diagnostic placed where the
/// problem starts, in words an author can act on.
///
/// libyaml gives two positions: the *problem mark*, where it stopped, and for most
/// errors a *context mark*, where the construct it was reading began. The problem mark
/// is right when it is the start of the offending token (the parser's errors) or the
/// offending character (a bad escape, a tab); it is wrong when libyaml only gave up
/// there, having read to the end of the file for a closing quote or to the next line
/// for a key's `:`. The position is never repeated in the message.
struct YAMLSyntaxError: Equatable {
    var line: Int
    var column: Int
    var message: String
    var hint: String?

    /// A 1-based position, as libyaml's marks are once one is added to each part.
    struct Mark: Equatable {
        var line: Int
        var column: Int
    }

    /// `scanner` is true for libyaml's scanner errors (bad tokens), false for its
    /// parser errors (tokens in the wrong place).
    static func explain(problem: String, context: String?, problemMark: Mark, contextMark: Mark?,
                        scanner: Bool, in bytes: [UInt8]) -> YAMLSyntaxError {
        let source = Source(bytes: bytes)
        let contextMark = context == nil ? nil : contextMark
        func at(_ mark: Mark, _ message: String, hint: String? = nil) -> YAMLSyntaxError {
            YAMLSyntaxError(line: mark.line, column: max(mark.column, 1), message: "YAML syntax error: " + message, hint: hint)
        }
        let quoted = (context ?? "").hasSuffix("a quoted scalar")

        switch problem {
        case "found unexpected end of stream" where quoted, "found unexpected document indicator" where quoted:
            let opening = contextMark ?? problemMark
            let single = source.character(at: opening) == "'"
            let kind = single ? "single-quoted" : "double-quoted"
            let hint = single
                ? "end it with `'`; inside single quotes, an apostrophe is written `''`"
                : "end it with `\"`; inside double quotes, a `\"` is written `\\\"`"
            let ending = problem.hasSuffix("end of stream")
                ? "is never closed"
                : "is not closed before the `---` or `...` line that ends the document"
            return at(opening, "this \(kind) string \(ending)", hint: hint)

        case "could not find expected ':'":
            return at(contextMark ?? problemMark, "expected `:` after this key, on the same line",
                      hint: "each line of a map is `key: value`; a value continued on the next line "
                          + "must be indented more than its key")

        case "found unknown escape character":
            let escape = source.character(at: Mark(line: problemMark.line, column: problemMark.column + 1))
            let written = escape.map { "`\\\($0)` is not an escape" } ?? "this backslash starts no escape"
            return at(problemMark, "\(written) that double-quoted YAML strings know",
                      hint: "write a backslash as `\\\\`, or use single quotes, where `\\` has no special meaning")

        case "did not find expected hexdecimal number", "found invalid Unicode character escape code":
            // libyaml stops after `\x`, `\u` or `\U`; the escape starts two columns before.
            let start = Mark(line: problemMark.line, column: max(problemMark.column - 2, 1))
            return at(start, problem.hasPrefix("did not")
                      ? "this escape needs hexadecimal digits (`\\x` two, `\\u` four, `\\U` eight)"
                      : "this escape does not name a Unicode character",
                      hint: "write a backslash as `\\\\`, or use single quotes, where `\\` has no special meaning")

        case "found character that cannot start any token":
            switch source.character(at: problemMark) {
            case "\t"?:
                return at(problemMark, "a tab cannot indent YAML content", hint: "use spaces")
            case let character?:
                let written = character == "`" ? "`` ` ``" : "`\(character)`"
                return at(problemMark, "a value cannot start with \(written)", hint: "put the value in quotes")
            case nil:
                return at(problemMark, problem)
            }

        case "found a tab character that violates indentation", "found a tab character where an indentation space is expected":
            return at(problemMark, "a tab cannot indent YAML content", hint: "use spaces")

        case "mapping values are not allowed in this context":
            return at(problemMark, "a `:` followed by a space cannot appear here",
                      hint: "put a value that contains `: ` in quotes, or check the indentation of this line")

        case "block sequence entries are not allowed in this context":
            return at(problemMark, "a `- ` list item cannot start here",
                      hint: "check the indentation of this line, or put a value that starts with `- ` in quotes")

        case "did not find expected key":
            return at(problemMark, "unexpected content where a map expects its next `key:`",
                      hint: afterQuote(problemMark, in: source)
                          ?? "check the indentation of this line, and that nothing follows a closing quote or bracket")

        case "did not find expected '-' indicator":
            return at(problemMark, "unexpected content where a list expects its next `- ` item",
                      hint: "check the indentation of this line: the items of a list start at the same column")

        case "did not find expected node content":
            if let (mark, word) = commentedValue(upTo: problemMark, in: source) {
                return at(mark, "an unquoted `#` starts a comment, so this value is missing",
                          hint: "put the value in quotes: `\"\(word)\"`")
            }
            return at(problemMark, "expected a value here")

        case "did not find expected ',' or ']'", "did not find expected ',' or '}'":
            return unclosedFlow(list: problem.hasSuffix("']'"), problemMark: problemMark, contextMark: contextMark,
                                source: source, at: at)

        default:
            // The start of the token being read: anchors, tags, directives and block
            // scalar headers are read on one line, so that is where the mistake is.
            let mark = scanner ? (contextMark ?? problemMark) : problemMark
            return at(mark, problem + (context.map { " (\($0))" } ?? ""))
        }
    }

    /// A `[…]` or `{…}` whose next token is neither a separator nor its end. When the
    /// file ends first, or the token is on a later line indented no more than the line
    /// that opens the collection (block structure has resumed), the bracket was never
    /// closed: that is reported at the bracket. Otherwise the token is the mistake.
    private static func unclosedFlow(list: Bool, problemMark: Mark, contextMark: Mark?, source: Source,
                                     at: (Mark, String, String?) -> YAMLSyntaxError) -> YAMLSyntaxError {
        let (open, close, kind) = list ? ("[", "]", "list") : ("{", "}", "map")
        let hint = "close the \(kind) with `\(close)`, and separate its items with `,`"
        guard let opening = contextMark else {
            return at(problemMark, "expected `,` or `\(close)` here", hint)
        }
        if source.isEnd(at: problemMark) {
            return at(opening, "this `\(open)` is never closed", hint)
        }
        if problemMark.line > opening.line,
           let resumed = source.indentation(ofLine: problemMark.line),
           let opened = source.indentation(ofLine: opening.line), resumed <= opened {
            return at(opening, "this `\(open)` is not closed before the next line at its level", hint)
        }
        return at(problemMark, "expected `,` or `\(close)` here, between the items of a `\(open)…\(close)` \(kind)",
                  afterQuote(problemMark, in: source) ?? "separate the items with `,`")
    }

    /// A `#` where a value should start (after `key: `, or an item's `[` or `, `) on the
    /// line of `mark` or the one before: YAML reads it as a comment, so the value (most
    /// often a colour, `#DA251D`, inside a `{…}` map) vanishes and libyaml stumbles on
    /// the next line. Where that `#` is, and the word it starts.
    private static func commentedValue(upTo mark: Mark, in source: Source) -> (Mark, String)? {
        for number in stride(from: mark.line, through: max(mark.line - 1, 1), by: -1) {
            guard let line = source.line(number) else { continue }
            let limit = number == mark.line ? min(mark.column - 1, line.count) : line.count
            for index in 1..<max(limit, 1) where line[index] == "#" && line[index - 1] == " " {
                guard let before = line[..<index].last(where: { $0 != " " }), [":", ",", "[", "{"].contains(before)
                else { continue }
                let word = String(String.UnicodeScalarView(line[index...].prefix { !" ,]}".unicodeScalars.contains($0) }))
                return (Mark(line: number, column: index + 1), word)
            }
        }
        return nil
    }

    /// For text right after a closing quote, which is most often an apostrophe that
    /// ended a single-quoted string early (`'l'accord'`): how to write one.
    private static func afterQuote(_ mark: Mark, in source: Source) -> String? {
        switch source.character(at: Mark(line: mark.line, column: mark.column - 1)) {
        case "'"?: "this follows a closing `'`: inside single quotes, an apostrophe is written `''`"
        case "\""?: "this follows a closing `\"`: inside double quotes, a `\"` is written `\\\"`"
        default: nil
        }
    }

    /// The text, read by line and column as libyaml counts them: columns in Unicode
    /// scalars, and lines ended by any YAML line break (`\n`, `\r`, `\r\n`, and the
    /// 1.1 breaks NEL, LS and PS). Each look-up scans from the start; an error needs few.
    private struct Source {
        let scalars: String.UnicodeScalarView

        init(bytes: [UInt8]) {
            scalars = String(decoding: bytes, as: UTF8.self).unicodeScalars
        }

        private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
            ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar)
        }

        /// Past the line break at `index`, which counts once for `\r\n`.
        private func skipBreak(at index: String.UnicodeScalarView.Index) -> String.UnicodeScalarView.Index {
            let next = scalars.index(after: index)
            return scalars[index] == "\r" && next < scalars.endIndex && scalars[next] == "\n" ? scalars.index(after: next) : next
        }

        /// Where line `number` (1-based) starts.
        private func start(ofLine number: Int) -> String.UnicodeScalarView.Index? {
            var index = scalars.startIndex
            var line = 1
            while line < number {
                guard let end = scalars[index...].firstIndex(where: Self.isBreak) else { return nil }
                index = skipBreak(at: end)
                line += 1
            }
            return index
        }

        /// Where `mark` is: on its line, and no further than the line's end.
        private func index(of mark: Mark) -> String.UnicodeScalarView.Index? {
            guard var index = start(ofLine: mark.line) else { return nil }
            for _ in 1..<max(mark.column, 1) {
                guard index < scalars.endIndex, !Self.isBreak(scalars[index]) else { break }
                index = scalars.index(after: index)
            }
            return index
        }

        /// The scalars of line `number`, without its line break.
        func line(_ number: Int) -> [Unicode.Scalar]? {
            guard let start = start(ofLine: number) else { return nil }
            return Array(scalars[start...].prefix { !Self.isBreak($0) })
        }

        func character(at mark: Mark) -> Unicode.Scalar? {
            guard let line = line(mark.line), mark.column >= 1, mark.column <= line.count else { return nil }
            return line[mark.column - 1]
        }

        /// Leading blanks of a line; nil for a line that is blank or only a comment.
        func indentation(ofLine number: Int) -> Int? {
            guard let line = line(number), let first = line.firstIndex(where: { $0 != " " && $0 != "\t" }),
                  line[first] != "#" else { return nil }
            return first
        }

        /// True when nothing but blanks, comments and document markers (`---`, `...`)
        /// follows `mark`: where libyaml reports the end of the input.
        func isEnd(at mark: Mark) -> Bool {
            guard var index = index(of: mark) else { return true }
            var atLineStart = mark.column <= 1
            func skipLine() {
                index = scalars[index...].firstIndex(where: Self.isBreak) ?? scalars.endIndex
            }
            while index < scalars.endIndex {
                let scalar = scalars[index]
                if Self.isBreak(scalar) {
                    index = skipBreak(at: index)
                    atLineStart = true
                } else if scalar == " " || scalar == "\t" {
                    index = scalars.index(after: index)
                    atLineStart = false
                } else if scalar == "#" {
                    skipLine()
                } else {
                    let head = Array(scalars[index...].prefix(4))
                    let isMarker = atLineStart && head.count >= 3 && head[0] == head[1] && head[1] == head[2]
                        && (head[0] == "-" || head[0] == ".")
                        && (head.count == 3 || head[3] == " " || head[3] == "\t" || Self.isBreak(head[3]))
                    guard isMarker else { return false }
                    skipLine()
                }
            }
            return true
        }
    }
}
