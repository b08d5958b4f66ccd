/// The inline markup reader behind `Inline.parse`.
///
/// It works in linear time on any input: bracket and parenthesis partners and the next
/// backtick are found once up front, and `*` runs are matched against a stack of open
/// runs, so that a hostile string of `[` or `*` cannot make loading slow.
struct MarkupParser {
    private enum Item {
        case inline(Inline)
        /// A run of `*` not yet used; `count` shrinks as parts of it are matched.
        case stars(count: Int)
    }

    /// Characters that `\` makes literal; before anything else `\` is itself literal.
    private static let escapable: Set<Unicode.Scalar> = ["\\", "*", "`", "[", "]"]

    private let chars: [Unicode.Scalar]
    /// Links are not allowed inside a link's label, which also bounds recursion to one level.
    private let allowLinks: Bool
    private let closingBracket: [Int: Int]
    private let closingParenthesis: [Int: Int]
    /// `nextBacktick[i]` is the index of the first backtick at or after `i` (or `chars.count`).
    private let nextBacktick: [Int]

    private var items: [Item] = []
    /// Indices into `items` of star runs that may still open emphasis, innermost last.
    private var openers: [Int] = []
    /// Literal text not yet emitted, as UTF-8 (appending bytes is much cheaper than scalars).
    private var pending: [UInt8] = []

    init(_ chars: [Unicode.Scalar], allowLinks: Bool) {
        self.chars = chars
        self.allowLinks = allowLinks
        closingBracket = Self.partners(in: chars, open: "[", close: "]")
        closingParenthesis = Self.partners(in: chars, open: "(", close: ")")
        var next = [Int](repeating: chars.count, count: chars.count + 1)
        for index in chars.indices.reversed() {
            next[index] = chars[index] == "`" ? index : next[index + 1]
        }
        nextBacktick = next
    }

    mutating func parse() -> [Inline] {
        var index = 0
        while index < chars.count {
            let char = chars[index]
            switch char {
            case "\\":
                if index + 1 < chars.count, Self.escapable.contains(chars[index + 1]) {
                    pending.append(contentsOf: chars[index + 1].utf8)
                    index += 2
                } else {
                    pending.append(contentsOf: char.utf8)
                    index += 1
                }
            case "`":
                index = code(at: index)
            case "[":
                index = bracket(at: index)
            case "*":
                index = stars(at: index)
            default:
                pending.append(contentsOf: char.utf8)
                index += 1
            }
        }
        flush()
        return Self.inlines(from: items[...])
    }

    /// A code span runs to the next backtick; its content is literal. Without a closing
    /// backtick, or when empty, the backticks are ordinary text.
    private mutating func code(at index: Int) -> Int {
        let end = nextBacktick[index + 1]
        guard end < chars.count, end > index + 1 else {
            pending.append(contentsOf: chars[index].utf8)
            return index + 1
        }
        emit(.code(String(String.UnicodeScalarView(chars[(index + 1)..<end]))))
        return end + 1
    }

    /// The longest word between double brackets taken for an ID.
    static let longestReference = 100

    /// `[[ID]]` first, then `[label](url)`; otherwise a literal `[`.
    private mutating func bracket(at index: Int) -> Int {
        if let (id, end) = reference(at: index) {
            emit(.reference(id))
            return end
        }
        if allowLinks, let close = closingBracket[index], close + 1 < chars.count, chars[close + 1] == "(",
           let parenthesis = closingParenthesis[close + 1] {
            let url = chars[(close + 2)..<parenthesis]
            if !url.isEmpty, !url.contains(where: \.properties.isWhitespace) {
                var label = MarkupParser(Array(chars[(index + 1)..<close]), allowLinks: false)
                emit(.link(label: label.parse(), url: String(String.UnicodeScalarView(url))))
                return parenthesis + 1
            }
        }
        pending.append(contentsOf: chars[index].utf8)
        return index + 1
    }

    /// `[[` + ID + `]]`, returning the ID and the index after the closing brackets. Any word
    /// between double brackets is taken for an ID, so that a misspelt one (`[[Ana]]` for
    /// `[[ana]]`) is reported rather than printed; `\[` writes a bracket.
    private func reference(at index: Int) -> (String, Int)? {
        guard index + 1 < chars.count, chars[index + 1] == "[" else { return nil }
        var end = index + 2
        while end < chars.count, end - index <= Self.longestReference,
              !chars[end].properties.isWhitespace, chars[end] != "[", chars[end] != "]" { end += 1 }
        guard end > index + 2, end + 1 < chars.count, chars[end] == "]", chars[end + 1] == "]" else { return nil }
        return (String(String.UnicodeScalarView(chars[(index + 2)..<end])), end + 2)
    }

    /// A run of `*` opens when followed by a non-space and closes when preceded by one
    /// (so it works inside words, for Thai and Khmer). A closing run matches the nearest
    /// open run: two stars each side make strong, one makes emphasis.
    private mutating func stars(at index: Int) -> Int {
        var end = index
        while end < chars.count, chars[end] == "*" { end += 1 }
        let canOpen = end < chars.count && !chars[end].properties.isWhitespace
        let canClose = index > 0 && !chars[index - 1].properties.isWhitespace
        flush()
        var remaining = end - index
        while canClose, remaining > 0, let opener = openers.last, case .stars(let available) = items[opener] {
            let used = min(2, available, remaining)
            let content = Self.inlines(from: items[(opener + 1)...])
            items.removeSubrange((opener + 1)...)
            if available == used {
                items.removeLast()
                openers.removeLast()
            } else {
                items[opener] = .stars(count: available - used)
            }
            items.append(.inline(used == 2 ? .strong(content) : .emphasis(content)))
            remaining -= used
        }
        if remaining > 0 {
            items.append(.stars(count: remaining))
            if canOpen { openers.append(items.count - 1) }
        }
        return end
    }

    private mutating func emit(_ inline: Inline) {
        flush()
        items.append(.inline(inline))
    }

    private mutating func flush() {
        guard !pending.isEmpty else { return }
        items.append(.inline(.text(String(decoding: pending, as: UTF8.self))))
        pending.removeAll(keepingCapacity: true)
    }

    /// Unmatched star runs become literal asterisks; neighbouring texts are joined.
    private static func inlines(from items: ArraySlice<Item>) -> [Inline] {
        var result: [Inline] = []
        for item in items {
            let inline: Inline = switch item {
            case .inline(let inline): inline
            case .stars(let count): .text(String(repeating: "*", count: count))
            }
            if case .text(let next) = inline, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + next)
            } else {
                result.append(inline)
            }
        }
        return result
    }

    /// Maps each unescaped `open` to its partner `close`, innermost pairs first.
    private static func partners(in chars: [Unicode.Scalar], open: Unicode.Scalar, close: Unicode.Scalar) -> [Int: Int] {
        var result: [Int: Int] = [:]
        var stack: [Int] = []
        var index = 0
        while index < chars.count {
            let char = chars[index]
            if char == "\\", index + 1 < chars.count, escapable.contains(chars[index + 1]) {
                index += 2
                continue
            }
            if char == open {
                stack.append(index)
            } else if char == close, let start = stack.popLast() {
                result[start] = index
            }
            index += 1
        }
        return result
    }
}
