/// Suggestions for misspelt keys and IDs ("did you mean `participants`?"); style files
/// use the same measure for their own hints.
public enum EditDistance {
    /// Levenshtein distance over Characters, in O(a·b) time and O(b) memory.
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for (i, charA) in a.enumerated() {
            var current = [i + 1] + [Int](repeating: 0, count: b.count)
            for (j, charB) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (charA == charB ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// The candidate closest to `word` (the first of equals), within `limit` if given.
    static func nearest(to word: String, in candidates: [String], within limit: Int? = nil) -> String? {
        // Keys are short; a very long word is not a typo and would make this quadratic.
        guard word.count <= 64 else { return nil }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = between(word, candidate)
            if distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        guard let best, best.distance <= (limit ?? Int.max) else { return nil }
        return best.candidate
    }

    static func hint(for word: String, in candidates: [String], within limit: Int? = nil) -> String? {
        nearest(to: word, in: candidates, within: limit).map { "did you mean `\($0)`?" }
    }
}

extension EditDistance {
    /// Like `between`, but swapping two neighbouring characters is one edit, not two
    /// (the optimal string alignment distance): `colunm` is one slip from `column`.
    public static func withTranspositions(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            beforePrevious = previous
            previous = current
        }
        return previous[b.count]
    }

    /// The candidate `word` is a slip of, for values chosen from a short list (`billions`,
    /// `colum`, `In Progress`): the same but for case and the separators space, `_` and
    /// `-`, or one edit away. Nil when none is that close; a far word (`trillion` for
    /// `billion`) gets no suggestion, since it would more likely mislead than help.
    static func slip(of word: String, in candidates: [String]) -> String? {
        guard word.count <= 64 else { return nil }
        let written = normalized(word)
        if let same = candidates.first(where: { normalized($0) == written }) { return same }
        return candidates.first { withTranspositions(written, normalized($0)) <= 1 }
    }

    /// Lower case, with runs of spaces, `_` and `-` as one `-`: how values are compared
    /// for `slip(of:in:)` and synonym tables.
    static func normalized(_ word: String) -> String {
        var result = ""
        var separator = false
        for character in word.lowercased() {
            if character == " " || character == "_" || character == "-" {
                separator = !result.isEmpty
            } else {
                if separator { result.append("-") }
                separator = false
                result.append(character)
            }
        }
        return result
    }
}
