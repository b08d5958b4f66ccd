/// "Did you mean …?" hints for misspelt keys and names, so that a typo in a style file
/// costs one glance rather than a trip to the documentation.
enum Suggestion {
    /// The candidate nearest to `word`, if it is close enough to be a plausible typo:
    /// at most two edits, and fewer than half the word's letters.
    static func nearest(to word: String, in candidates: [String]) -> String? {
        let scored = candidates.map { (candidate: $0, distance: distance(word.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }) else {
            return nil
        }
        return best.distance <= min(2, max(1, word.count / 2)) ? best.candidate : nil
    }

    /// The hint for an unknown word: the nearest candidate, else every valid word.
    static func hint(for word: String, in candidates: [String]) -> String {
        if let near = nearest(to: word, in: candidates) {
            return "did you mean `\(near)`?"
        }
        return "expected one of " + candidates.sorted().map { "`\($0)`" }.joined(separator: ", ")
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
    /// two neighbours each cost one, because a swap ("laeding") is the commonest typo.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var twoBack = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], twoBack[j - 2] + 1)
                }
            }
            twoBack = previous
            previous = current
        }
        return previous[b.count]
    }
}
