/// Suggestions for misspelt keys and IDs ("did you mean `participants`?").
enum EditDistance {
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
